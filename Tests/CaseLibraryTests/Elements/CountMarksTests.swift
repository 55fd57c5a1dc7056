import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Counts of ten or more in element wordings (〔数十〕)")
struct CountMarksTests {
    static let elements = LegalElements.load(ProjectPaths.root.appendingPathComponent("Cases/elements.txt")).elements

    @Test func countsOfTenOrMoreAreMarkedHoweverTheyAreWritten() {
        let marked = [("六十多份申请", "〔数十〕份申请"), ("百余件", "〔数十〕件"), ("30份", "〔数十〕份"), ("十次", "〔数十〕次"),
                      ("几十封信", "〔数十〕封信"), ("上百份", "〔数十〕份"), ("二十来件", "〔数十〕件"), ("一百零五件", "〔数十〕件")]
        for (text, expected) in marked { #expect(CountMarks.mark(text) == expected, "\(text)") }
    }

    @Test func smallCountsAndOrdinaryWordsAreLeftAlone() {
        for text in ["五份申请", "9份", "几次", "三个月内", "数据", "上次申请", "一直没有答复", "共09份"] {
            #expect(CountMarks.mark(text) == text, "\(text)")
        }
    }

    @Test func aCountWordingMatchesAnyCountOfTenOrMore() {
        #expect(LegalElements.occurs("〔数十〕份…申请", in: "一个月里发来六十多份申请"))
        #expect(LegalElements.occurs("〔数十〕份…申请", in: "一年内提交了30份政府信息公开申请"))
        #expect(LegalElements.occurs("〔数十〕次申请", in: "同一人第三十次申请同样的内容"))
        #expect(!LegalElements.occurs("〔数十〕份…申请", in: "提交了五份申请"))
        #expect(!LegalElements.occurs("〔数十〕份…申请", in: "被罚款500元后申请公开处罚决定书"))
        #expect(!LegalElements.occurs("〔数十〕次申请", in: "2019年申请公开"))
    }

    /// 《政府信息公开条例》第三十五条: the number and frequency of applications, however written.
    @Test func massApplicationsAreAskedByARepeatedApplicantOnTheGroundOfTheirNumber() {
        let profile = Self.elements.profile(text: "有人一个月里发来六十多份申请，每份只把路口名字换一下。")
        #expect(profile.elements(of: "申请人身份").contains("重复申请人"))
        #expect(profile.elements(of: "法律依据").contains("无正当理由大量反复申请"))
        let few = Self.elements.profile(text: "张某提交了三份申请，要求公开路口电子警察的设置依据。")
        #expect(!few.elements(of: "申请人身份").contains("重复申请人"))
        #expect(!few.elements(of: "法律依据").contains("无正当理由大量反复申请"))
    }

    @Test func aWordingThatIsOnlyACountIsRefusedWithItsLine() {
        let parsed = LegalElements.parse("[申请人身份]\n重复申请人 = 重复申请, 〔数十〕\n")
        #expect(parsed.problems.map(\.line) == [2])
        #expect(parsed.problems.first?.message.contains("〔数十〕要与其他文字连用") == true)
    }
}
