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

    /// Regression (2026-12-07): a brother or grandchild asking about the dead was read as nobody in
    /// particular; the near relatives are those the SPC's 2018 interpretation of the Administrative
    /// Litigation Law names (配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女).
    @Test func everyNearRelativeTheLawNamesIsANearRelative() {
        for text in ["张某的弟弟去年在出租屋里去世，申请公开当晚的出警记录。", "李某的姐姐申请公开其妹妹失踪当天的报警记录。",
                     "王某的孙女申请公开其已故爷爷的户口底册。", "赵某的外孙申请公开外婆当年的迁移档案。"] {
            #expect(Self.elements.profile(text: text).elements(of: "申请人身份").contains("近亲属"), "\(text)")
        }
    }

    /// Verb-object words split by a particle (离合词): 报的警 is 报警, 立了案 is 立案, 罚过款 is 罚款 —
    /// only the words the file lists, since 的 inside another word usually joins two others.
    @Test func aListedVerbObjectWordSplitByAParticleStillCounts() {
        let separable = Self.elements.separableWords
        #expect(LegalElements.occurs("报警", in: "当晚是房东报的警", separableWords: separable))
        #expect(LegalElements.occurs("立案", in: "经侦大队已经立了案", separableWords: separable))
        #expect(LegalElements.occurs("罚款", in: "他去年被罚过款", separableWords: separable))
        #expect(!LegalElements.occurs("报警", in: "当晚是房东报的警"), "no list, no splitting")
        #expect(!LegalElements.occurs("立案", in: "并非立了案", negations: ["并非"], separableWords: separable),
                "a split wording can still be denied")
        let profile = Self.elements.profile(text: "张某的哥哥被人骗了钱，派出所已经立了案，张某申请公开案件进展。")
        #expect(profile.elements(of: "程序") == ["刑事"])
    }

    /// Regression (review, stop 27): the quick check that rules out a wording with a character the
    /// text lacks compared whole characters, and an invisible joiner pasted from a web page or a chat
    /// (复印\u{200D}一份) glues itself to the character before it, so 复印 was ruled out although the
    /// search the check stands in front of finds it.
    @Test func aWordingGluedToAnInvisibleMarkIsStillFound() {
        #expect(LegalElements.occurs("申请", in: "甲申请\u{200D}乙"))
        #expect(LegalElements.occurs("复印", in: "要求复印\u{200D}一份材料"))
        #expect(LegalElements.occurs("又…申请", in: "他又来\u{200D}申请"))
        #expect(!LegalElements.occurs("复印", in: "要求拍照\u{200D}一份材料"), "still no match where there is none")
        #expect(!LegalElements.occurs("复印", in: "要求拍照一份材料"))
    }

    /// Regression (review, 2026-12-07): with every two-character wording split, 辖区外的公安机关 was a
    /// grandfather (外公), 我的司机 a company (我司) and 移交了警方 a traffic matter (交警).
    @Test func wordsNotListedAsSeparableAreNotSplit() {
        let checks: [(String, String, String)] = [
            ("申请公开辖区外的公安机关转来的材料。", "申请人身份", "近亲属"),
            ("我的司机被扣了驾照，申请公开处理依据。", "申请人身份", "企业"),
            ("案件已经移交了警方，申请公开移送材料。", "业务领域", "交通"),
            ("申请人提出的国家赔偿申请被驳回。", "业务领域", "出入境"),
        ]
        for (text, dimension, element) in checks {
            #expect(!Self.elements.profile(text: text).elements(of: dimension).contains(element), "\(text)")
        }
    }

    /// The second pass over the wordings (2026-12-07): how applicants say what they want and who they are.
    @Test func everydayWordsForWhatIsAskedAndWhoAsks() {
        let cases: [(String, String, String)] = [
            ("张某要求公开派出所当时给他做的问话记录。", "信息类型", "询问笔录与案卷"),
            ("李某申请公开民警执法仪拍下的画面。", "信息类型", "执法记录仪或监控视频"),
            ("某报社申请公开去年全市电动车事故有多少起、多少人死亡。", "信息类型", "统计数据"),
            ("王某申请公开其出国记录。", "信息类型", "出入境记录"),
            ("某律所受赵某委托申请公开处理决定。", "申请人身份", "委托代理"),
            ("经侦大队对钱某立案后，钱某的家属申请公开案件情况。", "程序", "刑事"),
        ]
        for (text, dimension, element) in cases {
            #expect(Self.elements.profile(text: text).elements(of: dimension).contains(element), "\(text)")
        }
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
        #expect(LegalElements.occurs("刑事", in: "这不是刑事案件，但已刑事拘留", negations: ["不是"]),
                "the second, affirmed occurrence of the same wording counts")
        #expect(!LegalElements.occurs("刑事", in: "这不是刑事案件", negations: ["不是"]))
        #expect(LegalElements.occurs("刑事案件", in: "他说不是，刑事案件已立案", negations: ["不是"]),
                "a cue in the previous clause denies nothing")
        #expect(!LegalElements.occurs("刑事案件", in: "他说不是刑事案件", negations: ["不是"]))
    }

    @Test func whatAnApplicationIsAboutIsNotDeniedByTheShippedCues() {
        let waiting = Self.elements.profile(text: "张某被骗后报了案，派出所一直没有立案，张某申请公开不予立案的理由。")
        #expect(waiting.elements(of: "程序") == ["刑事"], "一直没有立案 is the matter asked about, not a denial")
        let unsent = Self.elements.profile(text: "张某被打伤后一直没有收到处罚决定书，现申请公开。")
        #expect(unsent.elements(of: "信息类型") == ["行政处罚决定书"])
        let asking = Self.elements.profile(text: "我想知道这件事是不是刑事案件，申请公开处理情况。")
        #expect(asking.elements(of: "程序") == ["刑事"], "an A-not-A question denies nothing")
    }

    @Test func negationCuesDenyOnlyWithinReach() {
        let cues = ["没有按", "未被", "不是"]
        #expect(!LegalElements.occurs("刑事案件", in: "没有按刑事案件办", negations: cues))
        #expect(!LegalElements.occurs("刑事案件", in: "没有按照刑事案件办", negations: cues), "one character between")
        #expect(!LegalElements.occurs("刑事案件", in: "没有按照了刑事案件办", negations: cues), "two characters between")
        #expect(LegalElements.occurs("刑事案件", in: "没有按照了的刑事案件办", negations: cues), "three are beyond the reach")
        #expect(!LegalElements.occurs("被处罚", in: "他未被处罚", negations: cues), "a cue running into the wording denies it")
        #expect(LegalElements.occurs("被打", in: "他有没有被打", negations: ["没有被"]), "an A-not-A question denies nothing")
        #expect(LegalElements.occurs("罚款", in: "没收违法所得并处罚款", negations: ["没有", "未被"]), "没收 is no cue")
        #expect(LegalElements.occurs("刑事案件", in: "没有按刑事案件办", negations: []), "without cues nothing is denied")
        #expect(LegalElements.occurs("刑事案件", in: "没有按刑事案件办", negations: [""]), "an empty cue denies nothing")
        #expect(!LegalElements.occurs("又…申请", in: "他不是又一次申请", negations: cues), "gapped wordings are denied by their first part")
        #expect(LegalElements(dimensions: [], negations: ["", "並非", "并非"]).negations == ["并非"], "cues are normalised, empty ones dropped")
    }

    @Test func aCaseTitledOnlyByItsPartiesIsReadFromItsRequest() throws {
        let record = try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0003", [
            "title": "张某诉某公安分局政府信息公开案",
            "request": "张某被邻居打伤，派出所对邻居作出行政拘留，张某申请公开该行政拘留决定书。",
            "category": "其他",
        ])))
        let profile = Self.elements.profile(of: record)
        #expect(profile.elements(of: "信息类型") == ["行政处罚决定书"], "a silent title gives way to the request")
        #expect(profile.elements(of: "程序") == ["行政"], "from the request: the category says nothing of it")
        let company = try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0005", [
            "title": "某科技有限公司诉某公安分局政府信息公开案",
            "request": "某科技有限公司申请公开其仓库火灾的调查材料。",
            "category": "其他",
        ])))
        let companyProfile = Self.elements.profile(of: company)
        #expect(companyProfile.elements(of: "申请人身份") == ["企业"])
        #expect(companyProfile.elements(of: "信息类型") == ["消防监督与火灾调查材料"],
                "naming a party (公司) is not naming what was asked: \(companyProfile.elements)")
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
