import CaseLibrary
import Testing

@testable import CaseServices

/// The fixture's figures, counted by hand (see `CompilationFixture.cases2023`).
struct CompilationStatisticsTests {
    func statistics() throws -> CompilationStatistics {
        try CompilationFixture.build(CompilationFixture.cases2023()).statistics
    }

    @Test func countsResponsesOfAllCasesOfTheYearByApplicantType() throws {
        let rows = try statistics().responseRows
        func row(_ label: String) -> [Int]? {
            rows.first { $0.label == label }.map { [$0.naturalPersons, $0.organisations, $0.total] }
        }
        #expect(rows.count == 2 + 9 + 4 + 6 + 5 + 1)
        #expect(row("予以公开") == [2, 0, 2])  // c01, c08 (restricted still counts)
        #expect(row("部分公开") == [0, 1, 1])  // c02
        #expect(row("不予公开") == [3, 0, 3])  // c03, c04, c10
        #expect(row("保护第三方合法权益") == [2, 0, 2])
        #expect(row("属于行政执法案卷") == [1, 0, 1])
        #expect(row("属于国家秘密") == [0, 0, 0])  // p02 is 2022
        #expect(row("无法提供") == [0, 2, 2])
        #expect(row("本机关不掌握相关政府信息") == [0, 1, 1])
        #expect(row("没有现成信息需要另行制作") == [0, 1, 1])
        #expect(row("不予处理") == [1, 0, 1])
        #expect(row("信访举报投诉类申请") == [1, 0, 1])
        #expect(row("其他处理") == [1, 0, 1])
        #expect(row("申请人逾期不补正") == [1, 0, 1])
        #expect(row("总计") == [7, 3, 10])
        #expect(rows.map(\.label).prefix(4) == ["予以公开", "部分公开", "不予公开", "属于国家秘密"])
    }

    @Test func countsOutcomesByStageAndEffect() throws {
        let rows = try statistics().outcomeRows
        func row(_ stage: String) -> [Int]? {
            rows.first { $0.stage == stage }.map { [$0.upheld, $0.corrected, $0.other, $0.pending, $0.total] }
        }
        #expect(rows.map(\.stage) == ["行政复议", "一审", "二审", "再审", "诉讼合计"])
        #expect(row("行政复议") == [1, 1, 1, 0, 3])  // o3 维持, o1 撤销, o6 驳回复议申请
        #expect(row("一审") == [2, 1, 0, 1, 4])  // o2, o4; o7; c10 remanded by o5 → pending
        #expect(row("二审") == [1, 0, 1, 0, 2])  // o8; o5 发回重审
        #expect(row("再审") == [0, 0, 0, 0, 0])
        #expect(row("诉讼合计") == [3, 1, 1, 1, 6])
    }

    @Test func computesRatesAndChangeAgainstPreviousYear() throws {
        let statistics = try statistics()
        #expect(statistics.disclosureRate.percentText == "30.0%")  // 3 / 10
        #expect(statistics.disclosureRate.changeText == "较上年 -20.0 个百分点")  // 2022: 1 / 2
        #expect(statistics.correctionRate.numerator == 2)
        #expect(statistics.correctionRate.denominator == 6)
        #expect(statistics.correctionRate.percentText == "33.3%")
        #expect(statistics.correctionRate.changeText == "较上年 -16.7 个百分点")  // 2022: 1 / 2
    }

    @Test func omitsChangeWhenPreviousYearHasNoCases() throws {
        let statistics = try CompilationFixture.build(CompilationFixture.cases2023(), year: 2022).statistics
        #expect(statistics.caseCount == 2)
        #expect(statistics.disclosureRate.changeText == nil)
    }

    @Test func writesStatisticsAsLongFormCSVWithBOMAndCRLF() throws {
        let csv = StatisticsCSVRenderer().render(try statistics())
        #expect(csv.hasPrefix("\u{FEFF}表,行,列,数值\r\n"))
        #expect(csv.contains("2023年度办理结果,总计,自然人,7\r\n"))
        #expect(csv.contains("2023年度行政复议和行政诉讼,一审,尚未审结,1\r\n"))
        #expect(csv.contains("2023年度比率,纠错率,较上年（个百分点）,-16.7\r\n"))
        #expect(StatisticsCSVRenderer.quote("危及“三安全一稳定”") == "危及“三安全一稳定”")
        #expect(StatisticsCSVRenderer.quote("a,\"b\"") == "\"a,\"\"b\"\"\"")
    }
}
