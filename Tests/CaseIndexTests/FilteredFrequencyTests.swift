import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// How many documents matching a filter contain each term: counted inside a filter that holds
/// few documents, and as "frequency minus the count outside" for one that holds most of them.
/// Both ways must give the counts a search for the term within the filter gives.
@Suite("Term frequencies within a filter, from either side")
struct FilteredFrequencyTests {
    private static func library() throws -> TestLibrary {
        var records: [[String: Any]] = (1...30).map { index in
            searchCase("F-\(index)", title: index % 3 == 0 ? "申请查阅第\(index)号户籍档案案" : "申请查阅第\(index)号消防验收意见案",
                       category: index % 5 == 0 ? "行政处罚类" : "其他")
        }
        records += (1...4).map { Fixtures.outcomeJSON(id: "O-F-\($0)", caseID: "F-\($0)", ["summary": "户籍档案的答复予以维持。"]) }
        let library = try TestLibrary(records)
        try library.index()
        return library
    }

    @Test(arguments: [
        ("kind", "case"),  // 30 of 34 documents: counted from the 4 outside
        ("kind", "outcome"),  // 4 of 34: counted inside
        ("category", "行政处罚类"),  // 6 of 34
    ])
    func countsAreTheSearchTotalsWithinTheFilter(filter: String, value: String) throws {
        let library = try Self.library()
        let reader = try library.reader()
        let terms = ["户籍", "档案", "消防", "维持", "鲸鱼"]
        let answer = try reader.frequencies(of: terms, within: .filterValue(filter, value))
        // What a plain search over the same reader says: the documents in the filter, and those
        // of them that contain the two-character word (one bigram term).
        let expected = try terms.map { try reader.search(SearchRequest(query: $0, filters: [filter: [value]], limit: 100)).total }
        #expect(answer.total == (try reader.frequencies(of: [], within: .filterValue(filter, value)).total))
        #expect(answer.total == Self.sizes[value], "\(filter)=\(value)")
        #expect(terms.map { answer.counts[$0] } == expected, "\(filter)=\(value)")
        #expect(expected[4] == 0 && expected.contains { $0 > 0 })
    }

    /// A compound filter, whose size Xapian only estimates when it chooses the side to list: the
    /// counts are still exact (a wrong guess is caught and the other side listed). The same filter
    /// twice (其他 AND 其他: 24 of 34, estimated at about 17) is guessed to be the smaller side.
    @Test(arguments: [("case", "其他", 24), ("case", "行政处罚类", 6), ("其他", "其他", 24)])
    func countsWithinACompoundFilterAreExact(kind: String, category: String, size: Int) throws {
        let library = try Self.library()
        let reader = try library.reader()
        let terms = ["户籍", "档案", "消防", "维持"]
        let filter = kind == category ? IndexQuery.and([.filterValue("category", category), .filterValue("category", category)])
            : IndexQuery.and([.filterValue("kind", kind), .filterValue("category", category)])
        let answer = try reader.frequencies(of: terms, within: filter)
        let filters = kind == category ? ["category": [category]] : ["kind": [kind], "category": [category]]
        let expected = try terms.map { try reader.search(SearchRequest(query: $0, filters: filters, limit: 100)).total }
        #expect(answer.total == size)
        #expect(terms.map { answer.counts[$0] } == expected, "\(kind) \(category)")
    }

    private static let sizes = ["case": 30, "outcome": 4, "行政处罚类": 6]
}
