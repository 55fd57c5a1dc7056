import CaseLibrary
import Testing

@testable import CaseServices

/// The fixture's figures in the 2021 format, counted by hand (see `CompilationFixture.cases2023`).
///
/// Without a register only the cases the compilation may show count: c01, c02, c03, c09, c10 of
/// 2023 (c04 draft, c05 rejected, c06 secrecy unchecked, c07 unpublishable, c08 restricted are left
/// out, and so are their outcomes o6 and o8).
struct CompilationStatisticsTests {
    func statistics() throws -> CompilationStatistics {
        try CompilationFixture.build(CompilationFixture.cases2023()).statistics
    }

    func values(_ statistics: CompilationStatistics, _ item: String, _ detail: String = "") -> [Int]? {
        statistics.report.applicationRow(item, detail).map { $0.counts + [$0.total] }
    }

    @Test func countsOnlyPublishableCasesInTheAnnualReportLayout() throws {
        let statistics = try statistics()
        #expect(statistics.source == .libraryCases)
        #expect(statistics.sourceNote.contains("不是本机关收到的全部申请"))
        #expect(statistics.report.applicationRows.count == 25)
        #expect(statistics.report.failedChecks.isEmpty)
        // Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 (no subtype), 总计.
        #expect(values(statistics, "一、本年新收政府信息公开申请数量") == [3, 0, 0, 0, 0, 2, 5])  // c01 c03 c10; c02 c09
        #expect(values(statistics, "二、上年结转政府信息公开申请数量") == [0, 0, 0, 0, 0, 0, 0])
        #expect(values(statistics, "（一）予以公开") == [1, 0, 0, 0, 0, 0, 1])  // c01 (restricted c08 no longer counts)
        #expect(values(statistics, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）") == [0, 0, 0, 0, 0, 1, 1])  // c02
        #expect(values(statistics, "（三）不予公开", "4.保护第三方合法权益") == [2, 0, 0, 0, 0, 0, 2])  // c03 c10
        #expect(values(statistics, "（三）不予公开", "7.属于行政执法案卷") == [0, 0, 0, 0, 0, 0, 0])  // c04 is a draft
        #expect(values(statistics, "（四）无法提供", "2.没有现成信息需要另行制作") == [0, 0, 0, 0, 0, 1, 1])  // c09
        #expect(values(statistics, "（四）无法提供", "1.本机关不掌握相关政府信息") == [0, 0, 0, 0, 0, 0, 0])  // c05 rejected
        #expect(values(statistics, "（五）不予处理", "1.信访举报投诉类申请") == [0, 0, 0, 0, 0, 0, 0])  // c06 unchecked
        #expect(values(statistics, "（七）总计") == [3, 0, 0, 0, 0, 2, 5])
        #expect(values(statistics, "四、结转下年度继续办理") == [0, 0, 0, 0, 0, 0, 0])
        #expect(statistics.answeredCount == 5)
    }

    @Test func countsProceedingsOnceInTheYearTheyAreDecided() throws {
        let rows = try statistics().report.proceedingRows
        #expect(rows.map(\.category) == ["行政复议", "未经复议直接起诉", "复议后起诉"])
        #expect(rows[0].values == [1, 1, 0, 0, 2])  // o3 维持, o1 撤销 (o6 belongs to unchecked c06; q1 is 2022)
        #expect(rows[1].values == [0, 1, 0, 0, 1])  // c02: o7 确认违法
        #expect(rows[2].values == [1, 0, 0, 1, 2])  // c03: o1 then o2 驳回诉讼请求; c10: o3, o4, o5 发回重审 → pending
    }

    @Test func computesRatesAndChangeAgainstPreviousYear() throws {
        let statistics = try statistics()
        #expect(statistics.disclosureRate.percentText == "40.0%")  // (1 + 1) / 5
        #expect(statistics.disclosureRate.changeText == "较上年 -10.0 个百分点")  // 2022: p01 of p01, p02
        #expect(statistics.correctionRate.numerator == 2)  // o1, c02's lawsuit
        #expect(statistics.correctionRate.denominator == 4)  // + o3, c03's lawsuit
        #expect(statistics.correctionRate.percentText == "50.0%")
        #expect(statistics.correctionRate.changeText == "较上年 +0.0 个百分点")  // 2022: q1 corrected, q2 upheld
    }

    @Test func omitsChangeWhenPreviousYearHasNoCases() throws {
        let statistics = try CompilationFixture.build(CompilationFixture.cases2023(), year: 2022).statistics
        #expect(statistics.answeredCount == 2)
        #expect(statistics.disclosureRate.changeText == nil)
    }

    @Test func takesTheFiguresFromTheRegisterForAYearItCovers() throws {
        let register = Ledger(
            applications: [
                LedgerApplication(id: "R-1", received: "2023-02-01", applicantType: "法人或其他组织", applicantSubtype: "科研机构", unit: "市局"),
                LedgerApplication(
                    id: "R-2", received: "2022-12-30", applicantType: "自然人", unit: "市局", answered: "2023-01-04", result: "予以公开"),
            ],
            proceedings: [LedgerProceeding(applicationID: "R-2", stage: "行政复议", filed: "2023-02-01", decided: "2023-04-01", result: "终止")])
        let records = try CompilationFixture.cases2023()
        let options = CompilationOptions(issuingOffice: CompilationFixture.office)
        let statistics = try CompilationBuilder().build(records: records, year: 2023, options: options, register: register).statistics
        #expect(statistics.source == .register)
        #expect(statistics.sourceNote.hasPrefix("数据来源：申请登记台账"))
        #expect(values(statistics, "一、本年新收政府信息公开申请数量") == [0, 0, 1, 0, 0, 0, 1])
        #expect(values(statistics, "二、上年结转政府信息公开申请数量") == [1, 0, 0, 0, 0, 0, 1])
        #expect(values(statistics, "四、结转下年度继续办理") == [0, 0, 1, 0, 0, 0, 1])
        #expect(statistics.report.proceedingRow("行政复议")?.values == [0, 0, 1, 0, 1])
        // 2022 is covered too, so its rates compare like with like; 2024 is not: the cases count.
        #expect(statistics.disclosureRate.changeText == nil)  // 2022 answered nothing
        let later = try CompilationBuilder().build(records: records, year: 2024, options: options, register: register).statistics
        #expect(later.source == .libraryCases)
        #expect(values(later, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）") == [1, 0, 0, 0, 0, 0, 1])  // n01
    }

    @Test func writesStatisticsAsLongFormCSVWithBOMAndCRLF() throws {
        let csv = StatisticsCSVRenderer().render(try statistics())
        #expect(csv.hasPrefix("\u{FEFF}表,项目,细项,列,数值\r\n"))
        #expect(csv.contains("三、收到和处理政府信息公开申请情况,（七）总计,,自然人,3\r\n"))
        #expect(csv.contains("三、收到和处理政府信息公开申请情况,（三）不予公开,4.保护第三方合法权益,总计,2\r\n"))
        #expect(csv.contains("四、政府信息公开行政复议、行政诉讼情况,复议后起诉,,尚未审结,1\r\n"))
        #expect(csv.contains("2023年度比率,纠错率,,较上年（个百分点）,+0.0\r\n"))
        #expect(csv.contains("来源,案例库（可收入汇编的案例）,,说明,"))
        #expect(StatisticsCSVRenderer.quote("危及“三安全一稳定”") == "危及“三安全一稳定”")
        #expect(StatisticsCSVRenderer.quote("a,\"b\"") == "\"a,\"\"b\"\"\"")
    }
}
