import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Text is written once per token: field terms only for statute articles, positions only where a
/// phrase may need them, and the document length BM25 was tuned with kept by one padding term.
@Suite("Lean index terms")
struct LeanTermsTests {
    /// Characters and words carry positions; bigrams, whose positions would repeat their
    /// characters', do not.
    @Test func bigramsGoWithoutPositions() {
        let tokens = Tokenizer.tokens("依照第三条，第3条")
        #expect(tokens.filter { !$0.needsPosition }.map(\.term) == ["依照", "照第", "第三", "三条"])
        #expect(tokens.filter { !$0.isBigram }.allSatisfy { $0.needsPosition })
    }

    /// A phrase is weighed as its bigrams were (their weights summed) and checked by the positions
    /// of its characters.
    @Test func aPhraseWeighsWhatItsBigramsWeigh() throws {
        let library = try TestLibrary([
            searchCase("H-1", title: "申请公开户籍档案", request: "户籍档案与户籍证明。"),
            searchCase("H-2", title: "户籍的档案", request: "档案户籍。"),
        ])
        try library.index(rebuild: true)
        let reader = try library.reader()
        let phrase = try #require(QueryBuilder.phrase("户籍档案"))
        let matches = try reader.run(phrase, offset: 0, limit: 10, exactTotal: true, bm25: (k1: 1.2, b: 0.6), matchingTerms: false).matches
        let bigrams = try reader.run(.and(["户籍", "籍档", "档案"].map { .term($0) }), offset: 0, limit: 10, exactTotal: true,
                                     bm25: (k1: 1.2, b: 0.6), matchingTerms: false).matches
        #expect(matches.map(\.item.id) == ["H-1"])
        #expect(abs((matches.first?.weight ?? 0) - (bigrams.first { $0.item.id == "H-1" }?.weight ?? -1)) < 1e-9)
        if case .term("档案", _) = QueryBuilder.phrase("档案") {} else { Issue.record("a single bigram should stay a term") }
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

    /// Regression: with positions for characters only, a quoted phrase whose lone character is set
    /// apart by a space still finds the text where it stands inside a run or beside punctuation, and
    /// a phrase of a lone character beside a number still finds it.
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
