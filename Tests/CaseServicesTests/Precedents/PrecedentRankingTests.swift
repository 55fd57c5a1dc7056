import CaseIndex
import CaseLibrary
import CaseServices
import TestSupport
import Testing

@Suite("Precedent ranking rules")
struct PrecedentRankingTests {
    private func ids(_ results: [PrecedentResult]) -> [String] { results.map(\.record.id) }

    @Test func correctedPrecedentIsFlaggedAndNotBoosted() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2022-A-0001"),
            Fixtures.outcomeJSON(id: "O-1", caseID: "2022-A-0001", ["stage": "行政复议", "result": "撤销", "date": "2022-06-01"]),
        ])
        let result = try #require(try library.finder().find(.init(text: penaltyApplication)).first)
        #expect(result.history.status == .corrected)
        #expect(result.isCorrected)
        #expect(!result.why.boosts.contains { $0.size > 0 }, "a corrected precedent gets no positive boost: \(result.why.boosts)")
        #expect(result.history.corrections.map(\.id) == ["O-1"], "the correction behind the warning is listed")
    }

    @Test func upheldInLitigationOutranksAnOtherwiseEqualUnchallengedCase() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2022-A-0001"),
            PrecedentTestLibrary.penaltyCase("2022-A-0002"),
            Fixtures.outcomeJSON(id: "O-2", caseID: "2022-A-0002", ["stage": "一审", "body": "某区人民法院", "result": "驳回诉讼请求"]),
        ])
        let results = try library.finder().find(.init(text: penaltyApplication))
        #expect(ids(results).prefix(2) == ["2022-A-0002", "2022-A-0001"])
        #expect(results.first?.history.status == .upheld)
        #expect(results.first?.why.boosts.contains { $0.name == "upheld in litigation" } == true)
    }

    @Test func upheldInLitigationOutranksUpheldOnReconsideration() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2022-A-0001"),
            PrecedentTestLibrary.penaltyCase("2022-A-0002"),
            Fixtures.outcomeJSON(id: "O-1", caseID: "2022-A-0001", ["stage": "行政复议", "result": "维持"]),
            Fixtures.outcomeJSON(id: "O-2", caseID: "2022-A-0002", ["stage": "二审", "result": "驳回上诉维持原判"]),
        ])
        #expect(ids(try library.finder().find(.init(text: penaltyApplication))).prefix(2) == ["2022-A-0002", "2022-A-0001"])
    }

    @Test func draftsRejectedAndRestrictedCasesNeverAppear() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2022-A-0001"),
            PrecedentTestLibrary.penaltyCase("2022-A-0002", ["review": ["status": "draft", "secrecy_checked": false]]),
            PrecedentTestLibrary.penaltyCase("2022-A-0003", ["review": ["status": "rejected", "secrecy_checked": true]]),
            PrecedentTestLibrary.penaltyCase("2022-A-0004", ["scope": "restricted"]),
            PrecedentTestLibrary.penaltyCase("2022-A-0005", ["review": ["status": "submitted", "secrecy_checked": true]]),
        ])
        #expect(ids(try library.finder().find(.init(text: penaltyApplication))) == ["2022-A-0001"])
        var reviewer = PrecedentFinder.Request(text: penaltyApplication)
        reviewer.includeHidden = true
        #expect(Set(ids(try library.finder(includeHidden: true).find(reviewer))).count == 5)
        #expect(ids(try library.finder().find(reviewer)) == ["2022-A-0001"], "a member's reader has no hidden partition to find")
    }

    @Test func categoryMatchLiftsAnOtherwiseEqualCase() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2022-A-0001", ["category": "治安管理类"]),
            PrecedentTestLibrary.penaltyCase("2022-A-0002", ["category": "行政处罚类"]),
        ])
        let results = try library.finder().find(.init(text: penaltyApplication, category: "行政处罚类"))
        #expect(ids(results) == ["2022-A-0002", "2022-A-0001"])
        #expect(results.first?.why.boosts.first { $0.name == "same category" }?.size == PrecedentWeights().categoryBoost)
        let unboosted = try library.finder().find(.init(text: penaltyApplication))
        #expect(unboosted.first?.score ?? 0 < results.first?.score ?? 0)
    }

    @Test func newerCaseOutranksOlderOneAndOldRegimeCountsLess() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2016-A-0001", year: 2016, ["regime": "2008", "received": "2016-03-01", "answered": "2016-03-20"]),
            PrecedentTestLibrary.penaltyCase("2024-A-0001", year: 2024),
        ])
        let results = try library.finder().find(.init(text: penaltyApplication))
        #expect(ids(results) == ["2024-A-0001", "2016-A-0001"])
        #expect(results.last?.why.boosts.contains { $0.name == "decided under the 2008 Regulations" } == true)
    }

    @Test func paraphrasedApplicationFindsTheCaseThroughSharedNgrams() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2022-A-0001"),
            Fixtures.caseJSON(id: "2022-B-0001", ["title": "申请公开路口电子警察设置论证材料案", "category": "交通管理类",
                "request": "申请人要求公开某路口设置电子警察的请示、批复及专家论证材料。", "analysis": "论证材料属于过程性信息。",
                "response": "不予公开", "response_detail": "属于四类过程性信息"]),
        ])
        // Different words for the same issue: 处罚文书 / 处罚决定书, 被打 / 打伤, 关起来 / 行政拘留.
        let results = try library.finder().find(.init(text: "李某说隔壁的人把他打了，警察把那人关起来几天，他想拿到处罚文书去告对方。"))
        #expect(results.first?.record.id == "2022-A-0001")
    }

    @Test func thesaurusBridgesEverydayWordsToTheCasesLanguage() throws {
        let library = try PrecedentTestLibrary([
            Fixtures.caseJSON(id: "2022-B-0001", ["title": "申请公开路口电子警察设置论证材料案", "category": "交通管理类",
                "request": "申请人要求公开某路口设置电子警察的批复。", "analysis": "论证材料属于过程性信息。",
                "response": "不予公开", "response_detail": "属于四类过程性信息"]),
            Fixtures.caseJSON(id: "2022-B-0002", ["title": "申请公开路口改造施工图案", "category": "交通管理类",
                "request": "申请人要求公开路口改造的施工图纸和高架匝道设计说明。", "response": "予以公开", "response_detail": nil]),
        ])
        let text = "司机对高架匝道口的电子眼不服，要求看当初装它的审批文件。"
        let thesaurus = Thesaurus(groups: [["电子眼", "电子警察"]])
        let withThesaurus = try library.finder(thesaurus: thesaurus).find(.init(text: text))
        #expect(withThesaurus.first?.record.id == "2022-B-0001")
        #expect(withThesaurus.first?.why.terms.contains { $0.source == .thesaurus } == true)
    }

    @Test func similarCasesExcludeTheCaseItself() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2022-A-0001"), PrecedentTestLibrary.penaltyCase("2022-A-0002"),
        ])
        #expect(ids(try library.finder().similar(to: "2022-A-0001")) == ["2022-A-0002"])
        #expect(throws: ServiceError.self) { try library.finder().similar(to: "no-such-case") }
    }

    @Test func emptyApplicationAndUnknownCategoryAreBadInput() throws {
        let library = try PrecedentTestLibrary([PrecedentTestLibrary.penaltyCase("2022-A-0001")])
        #expect(throws: ServiceError.badInput("text：申请内容为空")) { try library.finder().find(.init(text: " \n")) }
        #expect(throws: ServiceError.self) { try library.finder().find(.init(text: penaltyApplication, category: "不存在类")) }
    }

    @Test func resultsExplainThemselves() throws {
        let library = try PrecedentTestLibrary([PrecedentTestLibrary.penaltyCase("2022-A-0001")])
        let result = try #require(try library.finder().find(.init(text: penaltyApplication)).first)
        #expect(result.why.phrases.contains("处罚决定书"))
        #expect(result.why.fields.contains { $0.field == "request" })
        #expect(result.passages.first?.passage.marks.isEmpty == false)
    }
}
