import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import Testing

struct StatuteSearchTests {
    @Test func statuteHitsAppearInSearchWithLawVersionAndArticle() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2019-05-15",
                                             articles: StatuteSourcesTests.articles2019), as: "条例(2019-05-15).md")
        let reader = try fixture.index()
        let results = try reader.search(SearchRequest(query: "第三方", filters: ["kind": ["statute"]]))
        let hit = try #require(results.hits.first)
        #expect(hit.item.kind == "statute")
        #expect(hit.item.statute?["law"]?.stringValue == "中华人民共和国政府信息公开条例")
        #expect(hit.item.statute?["version"]?.stringValue == "2019-05-15")
        #expect(hit.item.statute?["article"]?.stringValue == "第十五条")
        #expect(results.facets["law"]?.first?.value == "中华人民共和国政府信息公开条例")
        let byKey = try reader.search(SearchRequest(query: "第三方", filters: ["law": ["政府信息公开条例"]]))
        #expect(byKey.hits.count == 1)
    }

    @Test func finderResultsCarryArticleVersionPassageAndWhy() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2019-05-15",
                                             articles: StatuteSourcesTests.articles2019), as: "条例(2019-05-15).md")
        var weights = StatuteWeights()
        weights.maxDocumentShare = 1
        let results = try StatuteFinder(reader: try fixture.index(), weights: weights).find("涉及第三方个人隐私的能公开吗")
        let first = try #require(results.first)
        #expect(first.field("article") == "第十五条")
        #expect(first.field("version") == "2019-05-15")
        #expect(!first.snippet.marks.isEmpty)
        #expect(!first.why.matchedTerms.isEmpty)
        #expect(throws: ServiceError.self) { try StatuteFinder(reader: try fixture.index()).find("  ") }
    }
}
