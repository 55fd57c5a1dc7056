import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Text is written once per token: field terms only for statute articles, positions only where a
/// phrase may need them, and the document length BM25 was tuned with kept by one padding term.
@Suite("Lean index terms")
struct LeanTermsTests {
    /// Unigrams inside a run of ideographs carry no position; bigrams, words and the unigrams at
    /// either end of a run do.
    @Test func onlyUnigramsInsideARunGoWithoutPositions() {
        let tokens = Tokenizer.tokens("依照第三条，第3条")
        let positionless = tokens.filter { !$0.needsPosition }.map(\.term)
        #expect(positionless == ["照", "第", "三"])
        #expect(tokens.filter(\.isBigram).allSatisfy { $0.needsPosition })
        #expect(tokens.first { $0.term == "3" }?.needsPosition == true)
        #expect(Tokenizer.ideographJoinings("第 三条,3 款") == ["第 三条,3 款", "第三条,3 款"])
        #expect(Tokenizer.ideographJoinings("甲 乙,丙") == ["甲 乙,丙", "甲乙,丙", "甲 乙丙", "甲乙丙"])
        #expect(Tokenizer.ideographJoinings("甲 乙 丙 丁 戊", maxJunctions: 3) == ["甲 乙 丙 丁 戊", "甲乙丙丁戊"])
    }

    /// A case's fields are not written a second time under their prefixes; its length term counts
    /// the tokens those field terms used to count, so its BM25 length is what it was.
    @Test func aCaseHasNoFieldTermsAndAPaddedLength() throws {
        let library = try TestLibrary([searchCase("L-1", title: "户籍档案", request: "申请公开户籍档案。")])
        try library.index(rebuild: true)
        let terms = try library.reader().terms(ofID: "L-1")
        let prefixes = IndexSchema.textFields.map(\.prefix)
        #expect(!terms.contains { term in prefixes.contains { term.term.hasPrefix($0) && term.term.dropFirst($0.count).first.map(Tokenizer.isHan) == true } })
        let source = try #require(library.sources().first { $0.documentIDs == ["L-1"] })
        let document = try #require(source.documents.first)
        let tokenCount = document.text.reduce(0) { $0 + Tokenizer.tokens($1.text).count }
        #expect(terms.first { $0.term == IndexSchema.lengthTerm }?.wdf == tokenCount)
        #expect(tokenCount > 0)
    }

    /// A statute article keeps its field terms: a statute question weighs body, law and chapter apart.
    @Test func aStatuteArticleKeepsItsFieldTerms() throws {
        let directory = TemporaryDirectory("lean-terms")
        let location = IndexLocation(root: directory.path("Index"))
        var article = IndexDocument(id: "S-1", kind: "statute", payload: #"{"statute":{}}"#)
        article.text = [("law", "治安管理处罚法"), ("body", "公安机关应当告知被侵害人。")]
        var note = IndexDocument(id: "T-1", kind: "training", payload: #"{"statute":{}}"#)
        note.text = [("body", "公安机关应当告知被侵害人。")]
        _ = try LibraryIndexer(location: location).update(
            sources: [IndexSource(relativePath: "s.txt", contentHash: "1", documents: [article, note])], rebuild: true)
        let reader = try IndexReader(location: location)
        let bodyPrefix = try #require(IndexSchema.textField("body")).prefix
        #expect(try reader.termFrequency(bodyPrefix + "被侵") == 1)
        #expect(try reader.terms(ofID: "S-1").contains { $0.term == bodyPrefix + "公安" })
        #expect(try reader.terms(ofID: "S-1").allSatisfy { $0.term != IndexSchema.lengthTerm })
        #expect(try reader.terms(ofID: "T-1").allSatisfy { !$0.term.hasPrefix(bodyPrefix) })
    }

    /// Regression: with positions only at the edges of runs, a quoted phrase whose lone character is
    /// set apart by a space still finds the text where it stands inside a run, and a phrase of a
    /// lone character beside a number still finds it at a run's edge.
    @Test func phrasesWithLoneCharactersStillMatchInsideRuns() throws {
        let library = try TestLibrary([
            searchCase("P-1", title: "依照第三条答复", request: "申请公开材料。"),
            searchCase("P-2", title: "依照第，三条答复", request: "申请公开材料。"),
            searchCase("P-3", title: "依照第3条规定答复", request: "申请公开材料。"),
            searchCase("P-4", title: "第四条与三条", request: "申请公开材料。"),
        ])
        try library.index(rebuild: true)
        #expect(try library.ids("\"第 三条\"").sorted() == ["P-1", "P-2"])
        #expect(try library.ids("\"第3条\"") == ["P-3"])
        #expect(try library.ids("\"照第3条规\"") == ["P-3"])
        #expect(try library.ids("\"第三条\"") == ["P-1"])
        // Two separators: the text joins at one and breaks at the other.
        #expect(try library.ids("\"照 第 三条\"").sorted() == ["P-1", "P-2"])
    }
}
