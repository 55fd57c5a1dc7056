import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Legal elements: the file is parsed, and bad lines are reported with their line numbers")
struct LegalElementsParsingTests {
    @Test func readsDimensionsElementsWordingsAndFieldCues() {
        let (elements, problems) = LegalElements.parse("""
            # 注释
            [申请人身份]
            被侵害人 = 被侵害人, 受害人, 被打
            [程序 互斥 案例按标题 权重=1.5]
            行政 = 行政处罚, 治安處罰, @category=治安管理类
            [法律依据 案例按字段]
            重复申请 = 又…申请, @response_detail=重复申请
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(elements.dimensions.map(\.name) == ["申请人身份", "程序", "法律依据"])
        let procedure = try? #require(elements.dimension("程序"))
        #expect(procedure?.exclusive == true)
        #expect(procedure?.weight == 1.5)
        #expect(procedure?.caseText == .title)
        #expect(elements.dimension("法律依据")?.caseText == LegalElements.CaseText.none)
        #expect(elements.dimension("申请人身份")?.exclusive == false)
        let administrative = procedure?.elements.first
        #expect(administrative?.wordings == ["行政处罚", "治安处罚"], "wordings are normalised (traditional → simplified)")
        #expect(administrative?.fields == [LegalElements.FieldCue(field: "category", value: "治安管理类")])
        #expect(elements.dimension("法律依据")?.elements.first?.wordings == ["又…申请"])
    }

    @Test func reportsEachBadLineWithItsNumberInChinese() {
        let (elements, problems) = LegalElements.parse("""
            孤立要素 = 说法
            [申请人身份]
            本人 = 本人
            本人 = 我
            没有等号
            空项 = 甲, , 乙
            [程序 排他]
            [信息类型 权重=99]
            [法律依据]
            错字段 = @title=某
            错取值 = @category=不存在类
            省略 = …申请
            [申请人身份]
            """)
        let lines = problems.map(\.line)
        #expect(lines == [1, 4, 5, 6, 7, 8, 10, 11, 12, 13], "\(problems)")
        #expect(problems.allSatisfy { $0.message.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } },
                "every message is in Chinese: \(problems.map(\.message))")
        #expect(problems.first?.message.contains("维度") == true)
        #expect(problems.first { $0.line == 11 }?.message.contains("不存在类") == true)
        #expect(elements.dimension("申请人身份")?.elements.map(\.name) == ["本人"], "good lines are kept")
    }

    @Test func shippedElementsFileHasNoProblems() throws {
        let url = ProjectPaths.root.appendingPathComponent("Cases/elements.txt")
        let (elements, problems) = LegalElements.load(url)
        #expect(problems.isEmpty, "\(problems)")
        let names = elements.dimensions.map(\.name)
        for required in ["申请人身份", "信息类型", "程序", "法律依据"] { #expect(names.contains(required)) }
        let grounds = Set(elements.dimension("法律依据")?.elements.flatMap(\.fields).map(\.value) ?? [])
        let refusals = Vocabulary.allResponseDetails.filter { $0 != "其他" }
        #expect(Set(refusals).subtracting(grounds).isEmpty, "every annual-report sub-row is a legal ground")
    }

    @Test func missingFileIsNoElementsAndNoProblem() {
        let (elements, problems) = LegalElements.load(URL(fileURLWithPath: "/nonexistent/elements.txt"))
        #expect(elements.isEmpty)
        #expect(problems.isEmpty)
    }

    @Test func readsOneLineOfNegationCues() {
        let (elements, problems) = LegalElements.parse("""
            否定说法 = 没有, 並非, 没有
            [程序 互斥]
            刑事 = 刑事案件
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(elements.negations == ["没有", "并非"], "normalised, duplicates dropped")
        let plain = LegalElements.parse("[程序 互斥]\n刑事 = 刑事案件").elements
        #expect(plain.negations.isEmpty)
        #expect(plain.fingerprint != elements.fingerprint, "an index built without the cues is brought up to date")
        #expect(elements.profile(text: "没有按刑事案件办理").elements(of: "程序").isEmpty)
        #expect(plain.profile(text: "没有按刑事案件办理").elements(of: "程序") == ["刑事"])
    }

    @Test func reportsBadNegationLines() {
        let (elements, problems) = LegalElements.parse("""
            否定说法 = 没有, , 并非
            否定说法 = 又…没有
            否定说法 = 没有
            否定说法 = 并非
            """)
        #expect(problems.map(\.line) == [1, 2, 4], "\(problems)")
        #expect(problems.allSatisfy { $0.message.contains("否定说法") })
        #expect(elements.negations == ["没有"], "the first good line is kept")
    }

    @Test func readsOneLineOfSeparableWords() {
        let (elements, problems) = LegalElements.parse("""
            离合词 = 报警, 立案
            [业务领域 互斥]
            治安 = 报警
            刑侦 = 立案
            外地 = 外公
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(elements.separableWords == ["报警", "立案"])
        #expect(elements.profile(text: "房东报的警").elements(of: "业务领域") == ["治安"])
        #expect(elements.profile(text: "经侦已经立了案").elements(of: "业务领域") == ["刑侦"])
        #expect(elements.profile(text: "辖区外的公安机关").elements(of: "业务领域").isEmpty, "a word not listed is not split")
        let plain = LegalElements.parse("[业务领域 互斥]\n治安 = 报警\n刑侦 = 立案\n外地 = 外公").elements
        #expect(plain.profile(text: "房东报的警").elements(of: "业务领域").isEmpty)
        #expect(plain.fingerprint != elements.fingerprint, "an index built without the list is brought up to date")
    }

    @Test func reportsBadSeparableWordLines() {
        let (elements, problems) = LegalElements.parse("""
            离合词 = 报警, 报了警
            离合词 = 报警
            离合词 = 立案
            """)
        #expect(problems.map(\.line) == [1, 3], "\(problems)")
        #expect(problems.first?.message.contains("只列两个汉字的动宾词") == true)
        #expect(elements.separableWords == ["报警"], "the first good line is kept")
    }
}
