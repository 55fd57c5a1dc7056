import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Totals and facets come from a second, unweighted pass over every match, reading one packed value
/// per document, while the page is found with Xapian's pruning. Whatever the path, they must be
/// those of the whole list of matches: counted here from every hit's own record.
@Suite("Totals and facets over every match, from the packed facet value")
struct FacetCountTests {
    private static let words = ["户籍档案", "处罚决定", "消防验收", "监控录像", "会议纪要", "统计数据"]
    private static let categories = ["历史信息类", "行政处罚类", "户籍类", "其他"]
    private static let responses = ["予以公开", "部分公开", "无法提供", "不予公开"]

    /// 240 cases whose titles draw two of six words, with seeded categories, years and responses.
    private static func library() throws -> TestLibrary {
        var random = SeededGenerator(seed: 15)
        let records = (1...240).map { index -> [String: Any] in
            let first = words[Int(random.next() % UInt64(words.count))]
            let second = words[Int(random.next() % UInt64(words.count))]
            return searchCase(
                "FC-\(index)", title: "申请公开\(first)及\(second)案", year: 2019 + Int(random.next() % 5),
                category: categories[Int(random.next() % UInt64(categories.count))],
                response: responses[Int(random.next() % UInt64(responses.count))])
        }
        let library = try TestLibrary(records)
        try library.index()
        return library
    }

    /// Plain words, an exclusion and a filter are counted from posting lists as sets; a phrase and a
    /// year range by Xapian's matcher: both must agree with the hits.
    @Test(arguments: ["户籍档案", "处罚 监控", "统计数据 category:户籍类", "消防验收 year:2020..2021", "会议", "处罚 -监控", "\"处罚决定\" 会议"])
    func totalAndFacetsAreThoseOfEveryHit(query: String) throws {
        let library = try Self.library()
        let page = try library.search(query, limit: 5)
        let everything = try library.search(query, limit: 1000)
        let records = everything.hits.compactMap(\.item.record)
        #expect(records.count == everything.hits.count)
        #expect(page.total == everything.hits.count, "the total counts every match, not the page")
        #expect(page.total > 5 && page.total < 240, "the query matches some but not all: \(page.total)")
        func counted(_ value: (Record) -> String?) -> [String: Int] {
            records.reduce(into: [:]) { counts, record in
                if let value = value(record) { counts[value, default: 0] += 1 }
            }
        }
        func facet(_ name: String) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: (page.facets[name] ?? []).map { ($0.value, $0.count) })
        }
        #expect(facet("kind") == counted { $0.kind.rawValue })
        #expect(facet("category") == counted(\.category))
        #expect(facet("year") == counted { $0.year.map(String.init) })
        #expect(facet("response") == counted(\.response))
        #expect(page.facets["law"] == nil)
    }

    /// The facet table is read once per revision: a reader that catches up with an update counts
    /// the new documents and the changed values.
    @Test func aRefreshedReaderCountsTheUpdatedLibrary() throws {
        let library = try TestLibrary((1...6).map { searchCase("R-\($0)", title: "申请公开户籍档案案", category: "户籍类") })
        try library.index()
        let reader = try library.reader()
        let before = try reader.search(SearchRequest(query: "户籍档案"))
        #expect(before.facets["category"]?.map { "\($0.value)=\($0.count)" } == ["户籍类=6"])
        try library.add(searchCase("R-1", title: "申请公开户籍档案案", category: "历史信息类"))
        for index in 7...9 { try library.add(searchCase("R-\(index)", title: "申请公开户籍档案案", year: 2019, category: "其他")) }
        try library.index()
        #expect(try reader.refresh())
        let after = try reader.search(SearchRequest(query: "户籍档案"))
        #expect(after.total == 9)
        #expect(after.facets["category"]?.map { "\($0.value)=\($0.count)" } == ["户籍类=5", "其他=3", "历史信息类=1"])
        #expect(after.facets["year"]?.map { "\($0.value)=\($0.count)" } == ["2021=6", "2019=3"])
    }

    @Test func packedFacetsKeepTheSlotOrderAndTheirSeparatorOut() {
        let values = [IndexSchema.Slot.kind: "case", IndexSchema.Slot.year: "2021", IndexSchema.Slot.category: "户籍\u{1F}类"]
        let packed = IndexSchema.packedFacets(values)
        #expect(packed?.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init) == ["case", "户籍 类", "2021", "", ""])
        #expect(IndexSchema.packedFacets([IndexSchema.Slot.date: "2021-01-01"]) == nil, "a document without facets stores none")
    }
}
