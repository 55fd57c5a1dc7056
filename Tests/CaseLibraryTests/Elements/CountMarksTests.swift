import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Counts in element wordings (〔N以上〕)")
struct CountMarksTests {
    static let elements = LegalElements.load(ProjectPaths.root.appendingPathComponent("Cases/elements.txt")).elements

    private func ten(_ text: String) -> String { CountMarks.mark(text, atLeast: 10, as: "〔10以上〕") }

    @Test func countsOfTenOrMoreAreMarkedHoweverTheyAreWritten() {
        let marked = [("六十多份申请", "〔10以上〕份申请"), ("百余件", "〔10以上〕件"), ("30份", "〔10以上〕份"), ("十次", "〔10以上〕次"),
                      ("几十封信", "〔10以上〕封信"), ("上百份", "〔10以上〕份"), ("二十来件", "〔10以上〕件"), ("一百零五件", "〔10以上〕件"),
                      ("十几份", "〔10以上〕份"), ("一万件", "〔10以上〕件")]
        for (text, expected) in marked { #expect(ten(text) == expected, "\(text)") }
    }

    @Test func smallCountsAndOrdinaryWordsAreLeftAlone() {
        for text in ["五份申请", "9份", "几次", "三个月内", "数据", "上次申请", "一直没有答复", "共09份", "两三份", "一两次", "五六份"] {
            #expect(ten(text) == text, "\(text)")
        }
    }

    /// Regression (review, 2026-12-07): a range without units was read figure by figure (两三 as 23,
    /// 五六 as 56), so 先后提交两三份申请 was a mass application; a range is read by its least.
    @Test func aRangeIsReadByItsLeast() {
        #expect(CountMarks.mark("二三十份", atLeast: 20, as: "〔20以上〕") == "〔20以上〕份")
        #expect(CountMarks.mark("两三百件", atLeast: 200, as: "〔200以上〕") == "〔200以上〕件")
        #expect(CountMarks.mark("一〇八件", atLeast: 100, as: "〔100以上〕") == "〔100以上〕件")
        #expect(CountMarks.mark("十万份", atLeast: 10_000, as: "〔10000以上〕") == "〔10000以上〕份")
        #expect(!LegalElements.occurs("〔10以上〕份申请", in: "先后提交两三份申请"))
        #expect(!LegalElements.occurs("〔10以上〕次申请", in: "我一两次申请都没有回音"))
    }

    @Test func theLeastCountIsTheWordingsOwn() {
        #expect(CountMarks.mark("第四次申请", atLeast: 2, as: "〔2以上〕") == "第〔2以上〕次申请")
        #expect(CountMarks.mark("第一次申请", atLeast: 2, as: "〔2以上〕") == "第一次申请")
        #expect(CountMarks.mark("申请过几次", atLeast: 2, as: "〔2以上〕") == "申请过〔2以上〕次")
        #expect(CountMarks.placeholder(in: "第〔2以上〕次…申请") == CountMarks.Placeholder(text: "〔2以上〕", minimum: 2))
    }

    @Test func aCountWordingMatchesAnyCountOfItsSize() {
        #expect(LegalElements.occurs("〔10以上〕份…申请", in: "一个月里发来六十多份申请"))
        #expect(LegalElements.occurs("〔10以上〕份…申请", in: "一年内提交了30份政府信息公开申请"))
        #expect(LegalElements.occurs("〔10以上〕次申请", in: "同一人第三十次申请同样的内容"))
        #expect(LegalElements.occurs("第〔2以上〕次提交", in: "同一人第四次提交同样内容的申请"))
        #expect(!LegalElements.occurs("〔10以上〕份…申请", in: "提交了五份申请"))
        #expect(!LegalElements.occurs("〔10以上〕份…申请", in: "被罚款500元后申请公开处罚决定书"))
        #expect(!LegalElements.occurs("〔10以上〕次申请", in: "2019年申请公开"))
        #expect(!LegalElements.occurs("第〔2以上〕次…申请", in: "第一次申请公开"))
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

    /// Regression (review, 2026-12-07): a count followed by 申请 anywhere within the gap met 申请人,
    /// and 第二次…要 met 纪要: the shipped wordings name what the count counts, right after it.
    @Test func aCountOfSomethingElseIsNotAnApplicationCount() {
        for text in ["电诈案件立案1200余件，申请人要求按月份分列。", "复印件20份，申请人用于诉讼。", "民警第二次传唤申请人时的录像。",
                     "申请公开党委第二次会议纪要。"] {
            let profile = Self.elements.profile(text: text)
            #expect(!profile.elements(of: "申请人身份").contains("重复申请人"), "\(text)")
            #expect(!profile.elements(of: "法律依据").contains("无正当理由大量反复申请"), "\(text)")
            #expect(!profile.elements(of: "法律依据").contains("重复申请"), "\(text)")
        }
    }

    @Test func theThirdOrFourthApplicationIsARepeatedOne() {
        let profile = Self.elements.profile(text: "李某第三次提交申请，要求公开同一起治安案件的材料。")
        #expect(profile.elements(of: "申请人身份").contains("重复申请人"))
        #expect(profile.elements(of: "法律依据").contains("重复申请"))
        #expect(!Self.elements.profile(text: "李某第一次提交申请，要求公开治安案件的材料。").elements(of: "申请人身份").contains("重复申请人"))
    }

    /// A text prepared once for many wordings (its split words and its counts per placeholder
    /// cached) matches every shipped wording exactly as the text itself does.
    @Test func aPreparedTextMatchesEveryWordingAsTheTextDoes() {
        let texts = ["有人一个月里发来六十多份申请，第四次换说法要那起打架案的材料。", "当晚是房东报的警，并非本人立了案，二十来件。", ""]
        let wordings = Self.elements.dimensions.flatMap { $0.elements.flatMap(\.wordings) }
        for text in texts.map(TextNormalizer.normalize) {
            let prepared = PreparedText(text)
            for wording in wordings {
                #expect(LegalElements.occurs(wording, in: prepared, negations: Self.elements.negations)
                        == LegalElements.occurs(wording, in: text, negations: Self.elements.negations), "\(wording) in \(text)")
            }
        }
    }

    @Test func aMalformedOrLoneCountIsRefusedWithItsLine() {
        for wording in ["〔10以上〕", "〔十以上〕份申请", "〔0以上〕份申请", "〔010以上〕份申请", "〔+10以上〕份申请", "〔2以上〕次…〔10以上〕份", "〔10份申请"] {
            let parsed = LegalElements.parse("[申请人身份]\n重复申请人 = 重复申请, \(wording)\n")
            #expect(parsed.problems.map(\.line) == [2], "\(wording)")
            #expect(parsed.problems.first?.message.contains("〔N以上〕") == true, "\(wording)")
        }
    }
}
