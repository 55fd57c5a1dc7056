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
        let json = SearchJSON.hit(hit)
        #expect(json["kind"]?.stringValue == "statute")
        #expect(json["law"]?.stringValue == "中华人民共和国政府信息公开条例")
        #expect(json["version"]?.stringValue == "2019-05-15")
        #expect(json["article"]?.stringValue == "第十五条")
        #expect(results.facets["law"]?.first?.value == "中华人民共和国政府信息公开条例")
        let byKey = try reader.search(SearchRequest(query: "第三方", filters: ["law": ["政府信息公开条例"]]))
        #expect(byKey.hits.count == 1)
    }

    @Test func finderResultsBecomeJSONWithWhy() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2019-05-15",
                                             articles: StatuteSourcesTests.articles2019), as: "条例(2019-05-15).md")
        var weights = StatuteWeights()
        weights.maxDocumentShare = 1
        let results = try StatuteFinder(reader: try fixture.index(), weights: weights).find("涉及第三方个人隐私的能公开吗")
        let json = StatuteJSON.result(try #require(results.first))
        #expect(json["article"]?.stringValue == "第十五条")
        #expect(json["version"]?.stringValue == "2019-05-15")
        #expect(json["snippet"]?.stringValue?.contains("<mark>") == true)
        #expect(json["why"]?["terms"] != nil)
        #expect(throws: ServiceError.self) { try StatuteFinder(reader: try fixture.index()).find("  ") }
    }
}
