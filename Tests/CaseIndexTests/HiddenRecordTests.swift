import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Hidden records: drafts, submitted, rejected and restricted cases")
struct HiddenRecordTests {
    private static func library() throws -> TestLibrary {
        func review(_ status: String) -> [String: Any] { ["status": status, "secrecy_checked": false] }
        let library = try TestLibrary([
            searchCase("H-REVIEWED", title: "申请查阅户籍档案案"),
            searchCase("H-DRAFT", title: "申请查阅户籍档案案", ["review": review("draft"), "publishable": nil]),
            searchCase("H-SUBMITTED", title: "申请查阅户籍档案案", ["review": review("submitted"), "publishable": nil]),
            searchCase("H-REJECTED", title: "申请查阅户籍档案案", ["review": review("rejected"), "publishable": nil]),
            searchCase("H-RESTRICTED", title: "申请查阅户籍档案案", ["scope": "restricted", "publishable": nil]),
            Fixtures.outcomeJSON(id: "O-1", caseID: "H-DRAFT", ["summary": "户籍档案的答复认定事实清楚。"]),
        ])
        try library.index()
        return library
    }

    @Test func hiddenCasesDoNotAppearByDefault() throws {
        let library = try Self.library()
        let results = try library.search("户籍档案")
        // O-1 is the outcome of a draft: hidden with its case (one rule, indexed as the product indexes).
        #expect(Set(results.hits.map(\.item.id)) == ["H-REVIEWED"])
        #expect(results.total == 1)
        #expect(results.facets["kind"]?.first { $0.value == "case" }?.count == 1, "facets do not count hidden cases")
        #expect(results.facets["kind"]?.contains { $0.value == "outcome" } == false, "nor the outcomes of hidden cases")
        #expect(Set(try library.ids("")) == ["H-REVIEWED"])
    }

    @Test func includeHiddenShowsThem() throws {
        let ids = Set(try Self.library().ids("户籍档案", includeHidden: true))
        #expect(ids == ["H-REVIEWED", "H-DRAFT", "H-SUBMITTED", "H-REJECTED", "H-RESTRICTED", "O-1"])
    }

    @Test func aCaseBecomesVisibleOnceReviewed() throws {
        let library = try Self.library()
        try library.add(searchCase("H-DRAFT", title: "申请查阅户籍档案案"))
        try library.index()
        #expect(try library.ids("户籍档案").contains("H-DRAFT"))
    }
}
