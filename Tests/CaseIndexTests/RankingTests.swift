import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Partial overlap and coverage ranking")
struct RankingTests {
    @Test func partialOverlapFindsACaseWithoutTheExactPhrase() throws {
        let library = try TestLibrary([
            searchCase("P-1", title: "申请查阅户籍迁移的历史档案案", request: "要求查阅一九六二年户籍迁移的历史档案。"),
            searchCase("P-2", title: "申请公开交通事故认定书案", request: "要求提供道路交通事故认定书。"),
        ])
        try library.index()
        #expect(try library.ids("户籍档案") == ["P-1"])
    }

    /// P-REPEAT says 户籍 several times but never 档案; P-BOTH says each once. 档案 is common in the
    /// library (low idf) and 户籍 rare, so BM25 alone prefers P-REPEAT: coverage must reverse that.
    private static func coverageLibrary(repetitions: Int) throws -> TestLibrary {
        var objects: [[String: Any]] = [
            searchCase("P-REPEAT", title: "申请公开" + String(repeating: "户籍", count: repetitions) + "材料案"),
            searchCase("P-BOTH", title: "申请公开户籍材料及单位档案案"),
        ]
        for i in 0..<8 { objects.append(searchCase("F-\(i)", title: "申请查阅第\(i)号档案案")) }
        let library = try TestLibrary(objects)
        try library.index()
        return library
    }

    @Test func documentMatchingMoreOfTheQueryRanksAboveOneRepeatingFewerTerms() throws {
        let hits = try Self.coverageLibrary(repetitions: 4).search("户籍档案").hits
        let repeating = try #require(hits.first { $0.item.id == "P-REPEAT" })
        let both = try #require(hits.first { $0.item.id == "P-BOTH" })
        #expect(repeating.bm25 > both.bm25, "precondition: BM25 alone prefers the repeating document")
        #expect(both.coverage == 1)
        #expect(repeating.coverage < 1)
        #expect(hits.first?.item.id == "P-BOTH", "ranking was \(hits.map(\.item.id))")
    }

    /// Regression: with an idf-weighted coverage and `0.4 + 0.6 × coverage`, a missing *common* term
    /// cost little and eight repetitions of the rare term outweighed it.
    @Test func documentMatchingMoreOfTheQueryStillRanksFirstWhenTheOtherRepeatsATermManyTimes() throws {
        let hits = try Self.coverageLibrary(repetitions: 8).search("户籍档案").hits
        #expect(hits.first { $0.item.id == "P-REPEAT" }.map { $0.bm25 > 1.2 * (hits.first { $0.item.id == "P-BOTH" }?.bm25 ?? 0) } == true,
                "precondition: BM25 prefers the repeating document by a wide margin")
        #expect(hits.first?.item.id == "P-BOTH", "ranking was \(hits.map(\.item.id))")
    }

    @Test func aDocumentWithTheWholeQueryKeepsItsBM25Score() throws {
        let library = try TestLibrary([searchCase("W-1", title: "申请查阅户籍档案案"), searchCase("W-2", title: "申请公开交通事故认定书案")])
        try library.index()
        let hit = try #require(try library.search("户籍档案").hits.first)
        #expect(hit.coverage == 1)
        #expect(abs(hit.score - hit.bm25) < 1e-9)
        #expect(hit.matchedTerms == ["户籍", "籍档", "档案"])
    }

    @Test func titleMatchesOutweighTheSameWordsInTheRequest() throws {
        let library = try TestLibrary([
            searchCase("T-REQ", title: "申请公开有关材料案", request: "要求提供消防验收意见。"),
            searchCase("T-TITLE", title: "申请公开消防验收意见案", request: "要求提供有关材料。"),
        ])
        try library.index()
        #expect(try library.ids("消防验收") == ["T-TITLE", "T-REQ"])
    }
}
