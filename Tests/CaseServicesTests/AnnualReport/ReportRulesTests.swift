import CaseLibrary
import Foundation
import TestSupport
import Testing

@testable import CaseServices

/// Each counting rule of `annual-report-2021.md` on a register small enough to count by hand.
struct ReportRulesTests {
    func app(_ id: String, _ received: String, _ answered: String? = nil, _ result: String? = nil, _ detail: String? = nil,
             type: String = "自然人", subtype: String? = nil) -> LedgerApplication {
        LedgerApplication(id: id, received: received, applicantType: type, applicantSubtype: subtype, unit: "市局", answered: answered, result: result, detail: detail)
    }

    func proceeding(_ id: String, _ stage: String, _ filed: String, _ decided: String? = nil, _ result: String? = nil) -> LedgerProceeding {
        LedgerProceeding(applicationID: id, stage: stage, filed: filed, decided: decided, result: result)
    }

    func report(_ ledger: Ledger, _ year: Int, quarter: Int? = nil) throws -> AnnualReport {
        let report = AnnualReportBuilder().build(ledger, period: try ReportPeriod(year: year, quarter: quarter))
        #expect(report.failedChecks.isEmpty)
        return report
    }

    func totals(_ report: AnnualReport) -> [Int] {
        [ReportTemplate.received, ReportTemplate.carriedIn, ReportTemplate.answeredTotal, ReportTemplate.carriedOut].map {
            report.applicationRow($0)?.total ?? -1
        }
    }

    @Test func carriesApplicationsOverBothWays() throws {
        let ledger = Ledger(applications: [
            app("A", "2022-12-20", "2023-01-10", "予以公开"),  // 2022: 一, 四; 2023: 二, 三
            app("B", "2023-12-31"),  // 2023: 一, 四; 2024: 二, 四
            app("C", "2023-01-01", "2023-01-01", "予以公开", type: "法人或其他组织"),  // answered the day it came
        ])
        #expect(totals(try report(ledger, 2022)) == [1, 0, 0, 1])
        #expect(totals(try report(ledger, 2023)) == [2, 1, 2, 1])
        #expect(totals(try report(ledger, 2024)) == [0, 1, 0, 1])
        let first = try report(ledger, 2023)
        #expect(first.applicationRow(ReportTemplate.received)?.counts == [1, 0, 0, 0, 0, 1])  // no subtype: 其他
        #expect(totals(try report(ledger, 2023, quarter: 1)) == [1, 1, 2, 0])
        #expect(totals(try report(ledger, 2023, quarter: 4)) == [1, 0, 0, 1])
    }

    @Test func countsAPartialAnswerOnceAndOtherReasonsInSixThree() throws {
        let ledger = Ledger(applications: [
            app("A", "2023-02-01", "2023-02-20", "部分公开", "保护第三方合法权益", type: "法人或其他组织", subtype: "法律服务机构"),
            app("B", "2023-02-01", "2023-02-20", "其他处理", "不属于政府信息"),
            app("C", "2023-02-01", "2023-02-20", "其他处理", "其他"),
            app("D", "2023-02-01", "2023-02-20", "其他处理", "申请人逾期未缴纳信息处理费"),
        ])
        let report = try report(ledger, 2023)
        #expect(report.applicationRow("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")?.counts == [0, 0, 0, 0, 1, 0])
        #expect(report.applicationRow("（三）不予公开", "4.保护第三方合法权益")?.total == 0)
        #expect(report.applicationRow("（六）其他处理", "3.其他")?.total == 2)
        #expect(report.applicationRow("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")?.total == 1)
        #expect(report.applicationRow(ReportTemplate.answeredTotal)?.total == 4)
    }

    @Test func countsALawsuitOnceInTheYearItsLastInstanceDecides() throws {
        let ledger = Ledger(
            applications: ["A", "B", "C", "D", "E"].map { app($0, "2022-10-01", "2022-10-20", "不予公开", "属于国家秘密") },
            proceedings: [
                // A: 撤销 at first instance, affirmed on appeal, both in 2023 → one 结果纠正.
                proceeding("A", "一审", "2023-01-05", "2023-04-01", "撤销"), proceeding("A", "二审", "2023-04-15", "2023-10-01", "驳回上诉维持原判"),
                // B: decided at first instance in 2023, appeal filed in 2023 and undecided at its end → 尚未审结 in 2023.
                proceeding("B", "一审", "2023-01-05", "2023-06-01", "驳回诉讼请求"), proceeding("B", "二审", "2023-06-15"),
                // C: 驳回起诉 on 2023-12-20; the appeal filed in 2024 does not change 2023 (其他结果).
                proceeding("C", "一审", "2023-01-05", "2023-12-20", "驳回起诉"), proceeding("C", "二审", "2024-01-03", "2024-05-01", "驳回上诉维持原判"),
                // D: remanded in 2023 with no retrial filed yet → 尚未审结.
                proceeding("D", "一审", "2023-01-05", "2023-03-01", "撤销"), proceeding("D", "二审", "2023-03-10", "2023-08-01", "发回重审"),
                // E: reconsideration first (filed 2022, decided 2023), then a lawsuit → 复议后起诉.
                proceeding("E", "行政复议", "2022-11-01", "2023-01-10", "维持"), proceeding("E", "一审", "2023-01-20", "2023-05-01", "驳回诉讼请求"),
            ])
        let y2023 = try report(ledger, 2023)
        #expect(y2023.proceedingRow("行政复议")?.values == [1, 0, 0, 0, 1])
        #expect(y2023.proceedingRow("未经复议直接起诉")?.values == [0, 1, 1, 2, 4])
        #expect(y2023.proceedingRow("复议后起诉")?.values == [1, 0, 0, 0, 1])
        let y2022 = try report(ledger, 2022)
        #expect(y2022.proceedingRow("行政复议")?.values == [0, 0, 0, 1, 1])
        #expect(y2022.proceedingRow("未经复议直接起诉")?.values == [0, 0, 0, 0, 0])
        let y2024 = try report(ledger, 2024)
        // C decided again by its appeal in 2024 (affirming 驳回起诉: 其他结果); B and D still pending.
        #expect(y2024.proceedingRow("未经复议直接起诉")?.values == [0, 0, 1, 2, 3])
    }

    @Test func readsAnAffirmingAppealAsTheFirstInstancesResult() throws {
        let results = ["驳回诉讼请求", "确认违法", "驳回起诉"]
        let ledger = Ledger(
            applications: results.indices.map { app("A\($0)", "2023-01-01", "2023-01-10", "予以公开") },
            proceedings: results.enumerated().flatMap { index, result in
                [proceeding("A\(index)", "一审", "2023-02-01", "2023-05-01", result), proceeding("A\(index)", "二审", "2023-05-10", "2023-09-01", "驳回上诉维持原判")]
            })
        #expect(try report(ledger, 2023).proceedingRow("未经复议直接起诉")?.values == [1, 1, 1, 0, 3])
    }

    @Test func aLawsuitBeforeTheReconsiderationIsStillDirect() throws {
        let ledger = Ledger(
            applications: [app("A", "2023-01-01", "2023-01-10", "予以公开")],
            proceedings: [proceeding("A", "一审", "2023-02-01", "2023-05-01", "驳回诉讼请求"), proceeding("A", "行政复议", "2023-02-05", "2023-03-01", "驳回复议申请")])
        let report = try report(ledger, 2023)
        #expect(report.proceedingRow("未经复议直接起诉")?.values == [1, 0, 0, 0, 1])
        #expect(report.proceedingRow("行政复议")?.values == [0, 0, 1, 0, 1])
    }

    @Test func aFailingCheckIsAnErrorAndNothingIsWritten() throws {
        let good = try report(Ledger(applications: [app("A", "2023-01-01", "2023-01-10", "予以公开")]), 2023)
        // An answer before its receipt slipped past validation: 一 + 二 no longer equals 三 + 四.
        let broken = AnnualReportBuilder().build(
            Ledger(applications: [app("A", "2023-01-01", "2022-12-10", "予以公开")]), period: try ReportPeriod(year: 2023))
        #expect(good.failedChecks.isEmpty)
        #expect(broken.failedChecks.map(\.name).contains("一 + 二 = 三（七）总计 + 四（总计）"))
        #expect(broken.failedChecks.first?.figures == "1 + 0 ≠ 0 + 0")
        let directory = TemporaryDirectory("report")
        #expect(throws: ServiceError.self) { try AnnualReportWriter().write(broken, to: directory.path("out")) }
        #expect(!FileManager.default.fileExists(atPath: directory.path("out/table3.csv").path))
        #expect(AnnualReportHTML().render(broken).contains("有 2 项核对不符"))
    }

    @Test func writesTheTemplatesCSVLayout() throws {
        let report = try report(Ledger(applications: [app("A", "2023-01-01", "2023-01-10", "不予公开", "属于国家秘密", type: "法人或其他组织", subtype: "科研机构")]), 2023)
        let table3 = AnnualReportCSV.table3(report).dropFirst().split(separator: "\r\n").map(String.init)
        #expect(table3.count == 26)
        #expect(table3[0] == "项目,细项,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计")
        #expect(table3[1] == "一、本年新收政府信息公开申请数量,,0,0,1,0,0,0,1")
        #expect(table3[5] == "（三）不予公开,1.属于国家秘密,0,0,1,0,0,0,1")
        #expect(table3[25] == "四、结转下年度继续办理,,0,0,0,0,0,0,0")
        let table4 = AnnualReportCSV.table4(report)
        #expect(table4 == "\u{FEFF}类别,结果维持,结果纠正,其他结果,尚未审结,总计\r\n行政复议,0,0,0,0,0\r\n未经复议直接起诉,0,0,0,0,0\r\n复议后起诉,0,0,0,0,0\r\n")
        #expect(try ReportPeriod(year: 2023, quarter: 2).end == "2023-06-30")
        #expect(try ReportPeriod(year: 2023, quarter: 3).title == "2023年第三季度")
        #expect(throws: ServiceError.self) { try ReportPeriod(year: 2023, quarter: 5) }
    }
}
