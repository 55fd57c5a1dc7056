import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Legal elements: applications and cases get their elements")
struct ElementExtractionTests {
    static let elements = LegalElements.load(ProjectPaths.root.appendingPathComponent("Cases/elements.txt")).elements

    @Test func victimsLawyerAskingForAnAdministrativeDetention() {
        let profile = Self.elements.profile(text: "某律师事务所律师受张某委托，申请公开派出所对殴打张某的王某作出的行政拘留决定书。")
        #expect(profile.elements(of: "申请人身份").contains("委托代理"))
        #expect(profile.elements(of: "申请人身份").contains("被侵害人"))
        #expect(profile.elements(of: "信息类型") == ["行政处罚决定书"])
        #expect(profile.elements(of: "程序") == ["行政"])
    }

    @Test func fireWithoutTheWordFireBrigadeIsAFireMatter() {
        let profile = Self.elements.profile(text: "某公司仓库上月发生火灾，申请公开起火原因认定书。")
        #expect(profile.elements(of: "业务领域") == ["消防"])
        #expect(profile.elements(of: "信息类型").contains("消防监督与火灾调查材料"))
        #expect(profile.elements(of: "申请人身份") == ["企业"])
    }

    @Test func journalistAskingForStatistics() {
        let profile = Self.elements.profile(text: "某报社記者申请公开近三年各区案件的数量和排名。")
        #expect(profile.elements(of: "申请人身份") == ["媒体"], "traditional characters are normalised")
        #expect(profile.elements(of: "信息类型") == ["统计数据"])
        #expect(profile.elements(of: "法律依据").contains("没有现成信息需要另行制作"))
    }

    @Test func gappedWordingFindsARepeatApplication() {
        let profile = Self.elements.profile(text: "去年已经答复过，今年他又先后递来两份申请。")
        #expect(profile.elements(of: "申请人身份").contains("重复申请人"))
        let far = Self.elements.profile(text: "他又" + String(repeating: "很", count: 20) + "申请")
        #expect(!far.elements(of: "申请人身份").contains("重复申请人"), "parts farther apart than the gap do not match")
    }

    @Test func categoryOfTheApplicationGivesItsProcedure() {
        let profile = Self.elements.profile(text: "申请公开决定书", fields: ["category": "刑事司法类"])
        #expect(profile.elements(of: "程序") == ["刑事"])
    }

    @Test func caseGroundComesFromItsResponseDetailNotItsStory() throws {
        let record = try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0001", [
            "title": "被侵害人申请公开对第三人的行政处罚决定书案",
            "request": "张某被邻居打伤，邻居坚决反对公开，张某申请公开派出所的处罚决定书。",
            "response": "予以公开", "response_detail": nil,
        ])))
        let profile = Self.elements.profile(of: record)
        #expect(profile.elements(of: "法律依据").isEmpty, "a case answered 予以公开 has no refusal ground, whatever its story says")
        #expect(profile.elements(of: "申请人身份").contains("被侵害人"))
        #expect(profile.elements(of: "信息类型") == ["行政处罚决定书"], "information type from the title")
        let refused = try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0002")))
        #expect(Self.elements.profile(of: refused).elements(of: "法律依据") == ["保护第三方合法权益"])
    }

    @Test func aDeniedWordingDoesNotRevealItsElement() {
        let profile = Self.elements.profile(text: "李某因涉嫌偷窃电动车被带到派出所，后来没有按刑事案件办理，只给了罚款，现申请公开对他的询问笔录。")
        #expect(profile.elements(of: "程序") == ["行政"], "没有按刑事案件办理 is not a criminal matter: \(profile.elements(of: "程序"))")
        let contrast = Self.elements.profile(text: "申请人并非本人，是受害人的同事，想了解处理结果。")
        #expect(!contrast.elements(of: "申请人身份").contains("本人"))
        #expect(contrast.elements(of: "申请人身份").contains("被侵害人"), "受害人 is stated, not denied")
    }

    @Test func aWordingStatedElsewhereStillCountsAndAClauseBreakEndsTheDenial() {
        let both = Self.elements.profile(text: "张某说这不是刑事案件，但分局已经对他刑事拘留。")
        #expect(both.elements(of: "程序") == ["刑事"], "the second, affirmed occurrence counts")
        let broken = Self.elements.profile(text: "对结论没有异议，申请公开刑事案件侦查终结的时间。")
        #expect(broken.elements(of: "程序") == ["刑事"], "a cue in the previous clause denies nothing")
    }

    @Test func negationCuesDenyOnlyWithinReach() {
        let cues = ["没有", "未被"]
        #expect(!LegalElements.occurs("刑事案件", in: "没有按刑事案件办", negations: cues))
        #expect(LegalElements.occurs("刑事案件", in: "没有按照上级要求作为刑事案件办", negations: cues), "too far from the cue")
        #expect(!LegalElements.occurs("被处罚", in: "他未被处罚", negations: cues), "a cue running into the wording denies it")
        #expect(LegalElements.occurs("罚款", in: "没收违法所得并处罚款", negations: cues), "没收 is no cue")
        #expect(LegalElements.occurs("刑事案件", in: "没有按刑事案件办", negations: []), "without cues nothing is denied")
        #expect(!LegalElements.occurs("又…申请", in: "他没有又一次申请", negations: cues), "gapped wordings are denied by their first part")
    }

    @Test func aCaseTitledOnlyByItsPartiesIsReadFromItsRequest() throws {
        let record = try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0003", [
            "title": "张某诉某公安分局政府信息公开案",
            "request": "张某被邻居打伤，派出所对邻居作出行政拘留，张某申请公开该行政拘留决定书。",
        ])))
        let profile = Self.elements.profile(of: record)
        #expect(profile.elements(of: "信息类型") == ["行政处罚决定书"], "a silent title gives way to the request")
        #expect(profile.elements(of: "程序") == ["行政"])
    }

    @Test func aTitleNamingTheIssueKeepsTheRequestsStoryOut() throws {
        let record = try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0004", [
            "title": "申请人三个月内提交百余件申请案",
            "request": "申请人先后提交百余件申请，每件要求公开一处路口电子警察的设置审批文件。",
        ])))
        let profile = Self.elements.profile(of: record)
        #expect(profile.elements(of: "信息类型").isEmpty, "the title names the issue (百余件申请), not what each asked for")
        #expect(profile.elements(of: "业务领域").isEmpty)
    }
}
