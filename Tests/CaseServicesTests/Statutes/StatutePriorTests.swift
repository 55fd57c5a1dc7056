import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import Testing
import TestSupport

struct StatutePriorTests {
    static let text = "行政机关收到申请后应当在二十个工作日内予以答复。"

    func twoEqualLaws() throws -> (StatuteLibraryFixture, IndexReader) {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息保密条例", date: "2019-01-01", articles: [("第七条", Self.text), ("第八条", "其他。")]), as: "保密条例(2019-01-01).md")
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2019-05-15", articles: [("第七条", Self.text), ("第八条", "其他。")]), as: "条例(2019-05-15).md")
        return (fixture, try fixture.index())
    }

    @Test func domainPriorLiftsTheOfficesLawOverAnEqualArticle() throws {
        let (_, reader) = try twoEqualLaws()
        var weights = StatuteWeights()
        weights.maxDocumentShare = 1
        weights.lawWeight = 0
        let question = "收到申请后几个工作日内要答复？"
        let neutral = try StatuteFinder(reader: reader, weights: weights).find(question)
        #expect(neutral.count >= 2 && neutral[0].relevance == neutral[1].relevance)
        let domain = StatuteDomain(core: ["政府信息公开条例"])
        let lifted = try StatuteFinder(reader: reader, weights: weights, domain: domain).find(question)
        #expect(lifted.first?.field("law") == "中华人民共和国政府信息公开条例")
        #expect(lifted.first?.why.boosts.first?.name == "core law of the office")
    }

    @Test func citedArticlePriorLiftsTheArticleTheOfficeCitesWhenTurnedOn() throws {
        let (_, reader) = try twoEqualLaws()
        var weights = StatuteWeights()
        weights.maxDocumentShare = 1
        weights.lawWeight = 0
        weights.citedBoost = 0.3
        var counts = StatuteCitationCounts()
        let record = try #require(Fixtures.record(Fixtures.caseJSON(["legal_basis": ["《政府信息保密条例》第七条"]])))
        counts.add(record)
        #expect(counts.count(law: "政府信息保密条例", article: 7) == 1)
        let results = try StatuteFinder(reader: reader, weights: weights, citations: counts).find("收到申请后几个工作日内要答复？")
        #expect(results.first?.field("law") == "中华人民共和国政府信息保密条例")
        #expect(results.first?.why.boosts.contains { $0.name.hasPrefix("cited by 1") } == true)
    }

    @Test func supersededVersionIsGentlyLowered() throws {
        let fixture = StatuteLibraryFixture()
        for date in ["2008-05-01", "2019-05-15"] {
            try fixture.write(StatuteLibraryFixture.law("丙法", date: date, articles: [("第三条", Self.text)]), as: "丙法(\(date)).md")
        }
        let results = try StatuteFinder(reader: try fixture.index()).find("几个工作日内答复")
        #expect(results.map { $0.field("version") } == ["2019-05-15", "2008-05-01"])
        #expect(results.last?.why.boosts.contains { $0.name == "superseded by a newer version" } == true)
    }

    @Test func anotherPlacesRegulationRanksUnderTheNationalLawUnlessTheDomainListsIt() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("山东省政府信息公开办法", date: "2020-01-01", articles: [("第七条", Self.text), ("第八条", "其他。")]),
                          as: "山东省办法(2020-01-01).md")
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息保密条例", date: "2019-01-01", articles: [("第七条", Self.text), ("第八条", "其他。")]),
                          as: "保密条例(2019-01-01).md")
        let reader = try fixture.index()
        var weights = StatuteWeights()
        weights.maxDocumentShare = 1
        weights.lawWeight = 0
        let question = "收到申请后几个工作日内要答复？"
        var unpenalised = weights
        unpenalised.localLawPenalty = 0
        let neutral = try StatuteFinder(reader: reader, weights: unpenalised).find(question)
        #expect(neutral.first?.field("law") == "山东省政府信息公开办法", "the local text matches a little better (shorter title)")
        let ranked = try StatuteFinder(reader: reader, weights: weights).find(question)
        #expect(ranked.map { $0.field("law") }.prefix(2) == ["中华人民共和国政府信息保密条例", "山东省政府信息公开办法"])
        #expect(ranked[1].why.boosts.map(\.name) == ["local regulation of 山东省"])
        #expect(abs(ranked[1].score - ranked[1].relevance * (1 - weights.localLawPenalty)) < 1e-9)
        let ownCity = try StatuteFinder(reader: reader, weights: weights, domain: StatuteDomain(core: [], related: ["山东省政府信息公开办法"])).find(question)
        #expect(ownCity.first?.field("law") == "山东省政府信息公开办法", "a local regulation the domain lists is the office's own")
        #expect(ownCity.first?.why.boosts.contains { $0.name.hasPrefix("local regulation") } == false)
    }
}
