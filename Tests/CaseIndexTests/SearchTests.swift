import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Indexing and searching: hits, snippets, facets, paging")
struct SearchTests {
    /// Fifteen cases about 档案 with known categories, years and responses, one training record about
    /// 档案 (dated 2022), and two cases that do not match at all.
    static func facetLibrary() throws -> TestLibrary {
        let years = [2019, 2019, 2019, 2020, 2020, 2020, 2020, 2021, 2021, 2021, 2021, 2021, 2022, 2022, 2022]
        var objects: [[String: Any]] = []
        for (i, year) in years.enumerated() {
            let category = i < 6 ? "历史信息类" : i < 11 ? "户籍类" : "治安管理类"
            let response = ["无法提供", "予以公开", "部分公开"][i % 3]
            objects.append(searchCase(String(format: "C-%02d", i), title: "申请查阅第\(i + 1)号档案案",
                                      year: year, category: category, response: response))
        }
        objects.append(Fixtures.trainingJSON(id: "T-1", ["title": "档案查询答复要点", "date": "2022-05-01"]))
        objects.append(searchCase("X-01", title: "申请公开交通违法记录案", year: 2019, category: "交通管理类"))
        objects.append(searchCase("X-02", title: "申请公开消防验收意见案", year: 2023, category: "消防类"))
        return try TestLibrary(objects)
    }

    @Test func findsACaseByWordsOfItsTitleAndOfItsRequest() throws {
        let library = try TestLibrary([
            searchCase("A-1", title: "申请公开户口迁移审批材料案", request: "要求提供其祖父一九五八年户口迁移的审批登记表。"),
            searchCase("A-2", title: "申请公开交通事故认定书案", request: "要求提供道路交通事故认定书及现场照片。"),
        ])
        try library.index()
        #expect(try library.ids("户口迁移") == ["A-1"])
        #expect(try library.ids("审批登记表") == ["A-1"])
        #expect(try library.ids("现场照片") == ["A-2"])
        #expect(try library.ids("消防验收") == [])
    }

    @Test func hitsCarryIdKindTitleScoreAndAMarkedSnippet() throws {
        let library = try TestLibrary([
            searchCase("A-1", title: "申请公开户口迁移审批材料案", request: "要求提供其祖父一九五八年户口迁移的审批登记表。"),
        ])
        try library.index()
        let hit = try #require(try library.search("登记表").hits.first)
        #expect(hit.item.id == "A-1")
        #expect(hit.item.kind == "case")
        #expect(hit.item.record?.title == "申请公开户口迁移审批材料案")
        #expect(hit.score > 0)
        #expect(hit.snippet.markedText.contains("<mark>登记表</mark>"), "snippet was \(hit.snippet)")
        #expect(hit.item.record?.id == "A-1")
    }

    @Test func snippetKeepsTheRecordTextAsTextWithMatchedSpans() throws {
        let library = try TestLibrary([
            searchCase("A-1", title: "申请公开档案案", request: "要求提供<script>档案</script>及A&B材料。"),
        ])
        try library.index()
        let snippet = try #require(try library.search("档案").hits.first).snippet
        #expect(snippet.text.contains("<script>档案</script>及A&B"), "the index returns text; the edges escape it")
        #expect(snippet.markedWords == ["档案"])
    }

    @Test func facetsCountTheWholeMatchSetNotJustThePage() throws {
        let library = try Self.facetLibrary()
        try library.index()
        let results = try library.search("档案", limit: 3)
        #expect(results.total == 16)
        #expect(results.hits.count == 3)
        func counts(_ name: String) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: (results.facets[name] ?? []).map { ($0.value, $0.count) })
        }
        #expect(counts("kind") == ["case": 15, "training": 1])
        #expect(counts("category") == ["历史信息类": 6, "户籍类": 5, "治安管理类": 4])
        #expect(counts("year") == ["2019": 3, "2020": 4, "2021": 5, "2022": 4])
        #expect(counts("response") == ["无法提供": 5, "予以公开": 5, "部分公开": 5])
        #expect(results.facets["category"]?.first?.value == "历史信息类", "facets are most frequent first")
    }

    @Test func facetsFollowFilters() throws {
        let library = try Self.facetLibrary()
        try library.index()
        let results = try library.search("档案 category:户籍类")
        #expect(results.total == 5)
        #expect(results.facets["category"]?.map { "\($0.value)=\($0.count)" } == ["户籍类=5"])
        #expect(Dictionary(uniqueKeysWithValues: (results.facets["year"] ?? []).map { ($0.value, $0.count) }) == ["2020": 1, "2021": 4])
    }

    @Test func pagingIsStableAndConsistentWithTheTotal() throws {
        let library = try Self.facetLibrary()
        try library.index()
        let everything = try library.search("档案", limit: 100)
        #expect(everything.hits.count == everything.total)
        var paged: [String] = []
        for offset in stride(from: 0, to: everything.total + 4, by: 4) {
            let page = try library.search("档案", limit: 4, offset: offset)
            #expect(page.total == everything.total, "total must not depend on the page")
            paged += page.hits.map(\.item.id)
        }
        #expect(paged == everything.hits.map(\.item.id))
        #expect(Set(paged).count == paged.count, "no hit appears on two pages")
        #expect(try library.search("档案", limit: 4, offset: 1000).hits.isEmpty)
        let again = try library.search("档案", limit: 100)
        #expect(again.hits.map(\.item.id) == everything.hits.map(\.item.id), "the same search gives the same order")
    }

    @Test func pagingWithoutTextIsStableToo() throws {
        let library = try Self.facetLibrary()
        try library.index()
        let everything = try library.search("category:历史信息类", limit: 100)
        #expect(everything.total == 6)
        let pages = try (0..<3).flatMap { try library.search("category:历史信息类", limit: 2, offset: $0 * 2).hits.map(\.item.id) }
        #expect(pages == everything.hits.map(\.item.id))
    }

    @Test func emptyQueryListsEveryVisibleDocument() throws {
        let library = try Self.facetLibrary()
        try library.index()
        #expect(try library.search("").total == 18)
    }
}
