import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// A thesaurus word asked for by its indexed word term finds and weighs what its phrase does.
@Suite("Thesaurus words weighed as phrases")
struct WordTermPhraseTests {
    private static func weights(_ reader: IndexReader, _ query: IndexQuery) throws -> [String: Double] {
        let matches = try reader.run(query, offset: 0, limit: 50, exactTotal: true, bm25: (k1: 1.2, b: 0.6), matchingTerms: false).matches
        return Dictionary(uniqueKeysWithValues: matches.map { ($0.item.id, $0.weight) })
    }

    /// A thesaurus word matched by its indexed word term weighs what its phrase weighs.
    @Test func aWordTermMatchesWhatItsPhraseMatchesWithTheSameWeight() throws {
        let library = try TestLibrary([
            searchCase("W-1", title: "被侵害人申请公开处罚决定案", request: "被侵害人称其受伤，被侵害人的家属也来申请。"),
            searchCase("W-2", title: "申请公开户籍档案案", request: "侵害人与被害人均不同意。"),
            searchCase("W-3", title: "申请公开处罚决定书案", request: "申请人系被侵害人。"),
        ])
        let thesaurus = Thesaurus(groups: [["被侵害人", "受害人"], ["处罚决定书", "处罚文书"]])
        let sources = library.sources().map { ThesaurusTerms.adding(thesaurus, to: $0) }
        _ = try LibraryIndexer(location: library.location).update(sources: sources, rebuild: true)
        let reader = try library.reader()
        #expect(try ThesaurusTerms.indexCarries(thesaurus, reader: reader))
        for word in ["被侵害人", "处罚决定书"] {
            let phrase = try #require(QueryBuilder.synonymWeighedAsPhrase(word, indexed: false))
            let term = try #require(QueryBuilder.synonymWeighedAsPhrase(word, indexed: true))
            let byPhrase = try Self.weights(reader, phrase), byTerm = try Self.weights(reader, term)
            #expect(!byPhrase.isEmpty && Set(byPhrase.keys) == Set(byTerm.keys), "\(word)")
            for (id, weight) in byPhrase { #expect(abs(weight - (byTerm[id] ?? -1)) < 1e-9, "\(word) \(id)") }
        }
        #expect(try Self.weights(reader, #require(QueryBuilder.synonymWeighedAsPhrase("被侵害人", indexed: true))).keys.sorted() == ["W-1", "W-3"])
    }
}
