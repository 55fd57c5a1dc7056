import CaseLibrary
import Foundation
import TestSupport
import Testing

@testable import CaseServices

/// The generated register (660 applications over 2021–2023, UTF-8 and GB18030 files) gives tables
/// whose every figure agrees with `IndependentCount`, for each year and each quarter.
struct GeneratedRegisterTests {
    static let register = RegisterGenerator()

    /// The register read from spreadsheet files: 2021–2022 in UTF-8 (with BOM for the proceedings),
    /// 2023 in GB18030 with CRLF.
    static func mixedLedger() -> LedgerImport {
        let files = [
            LedgerFile(bytes: register.applicationsCSV(years: 2021...2022, encoding: .utf8), name: "applications-2021-2022.csv"),
            LedgerFile(bytes: register.applicationsCSV(years: 2023...2023, encoding: .gb18030), name: "applications-2023.csv"),
            LedgerFile(bytes: register.proceedingsCSV(years: 2021...2022, encoding: .utf8WithBOM), name: "proceedings-2021-2022.csv"),
            LedgerFile(bytes: register.proceedingsCSV(years: 2023...2023, encoding: .gb18030), name: "proceedings-2023.csv"),
        ]
        #expect(files.map(\.encoding) == [.utf8, .gb18030, .utf8WithBOM, .gb18030])
        return LedgerImport(files: files)
    }

    @Test func generatorCoversEveryRuleTheCountingHas() {
        let register = Self.register
        #expect(register.applications.count == 660)
        #expect(register.applications.contains { $0.answered == nil })
        #expect(register.applications.contains { $0.received.prefix(4) != ($0.answered?.prefix(4) ?? $0.received.prefix(4)) })
        #expect(register.applications.contains { $0.result == "部分公开" && $0.detail != nil })
        #expect(register.applications.contains { $0.type == "法人或其他组织" && $0.subtype == nil })
        let stages = Set(register.proceedings.map(\.stage))
        #expect(stages == ["行政复议", "一审", "二审", "再审"])
        #expect(register.proceedings.contains { $0.result == "发回重审" })
        #expect(register.proceedings.contains { $0.result == "驳回上诉维持原判" })
        #expect(register.proceedings.contains { $0.decided == nil })
        #expect(register.proceedings.contains { p in p.decided.map { $0.prefix(4) != p.filed.prefix(4) } ?? false })
    }

    @Test func readsBothEncodingsWithoutLoss() {
        let imported = Self.mixedLedger()
        #expect(imported.issues.isEmpty, "\(imported.issues)")
        #expect(imported.ledger.applications.count == Self.register.applications.count)
        #expect(imported.ledger.proceedings.count == Self.register.proceedings.count)
        for generated in Self.register.applications {
            let read = imported.ledger.application(generated.id)
            #expect(read?.received == generated.received && read?.answered == generated.answered)
            #expect(read?.result == generated.result && read?.detail == generated.detail && read?.applicantSubtype == generated.subtype)
        }
        let allGB = LedgerImport(files: [
            LedgerFile(bytes: Self.register.applicationsCSV(years: 2021...2023, encoding: .gb18030, seed: 7), name: "a.csv"),
            LedgerFile(bytes: Self.register.proceedingsCSV(years: 2021...2023, encoding: .gb18030, seed: 8), name: "p.csv"),
        ])
        #expect(allGB.issues.isEmpty)
        #expect(allGB.ledger.applications.map(\.received) == imported.ledger.applications.map(\.received))
        #expect(allGB.ledger.proceedings == imported.ledger.proceedings)
    }

    @Test(arguments: [
        (2021, nil), (2022, nil), (2023, nil), (2022, 1), (2022, 2), (2022, 3), (2022, 4), (2023, 1), (2023, 4), (2024, 1),
    ] as [(Int, Int?)])
    func everyFigureAgreesWithTheIndependentCount(year: Int, quarter: Int?) throws {
        let period = try ReportPeriod(year: year, quarter: quarter)
        let report = AnnualReportBuilder().build(Self.mixedLedger().ledger, period: period)
        #expect(report.failedChecks.isEmpty, "\(report.failedChecks)")
        let expected3 = IndependentCount.table3(Self.register, start: period.start, end: period.end)
        #expect(report.applicationRows.count == 25)
        #expect(report.applicationRows.map { "\($0.row.item)|\($0.row.detail)" } == IndependentCount.table3Keys)
        for row in report.applicationRows {
            let key = "\(row.row.item)|\(row.row.detail)"
            #expect(row.counts + [row.total] == expected3[key] ?? [0, 0, 0, 0, 0, 0, 0], "\(period.title) \(key)")
        }
        let expected4 = IndependentCount.table4(Self.register, start: period.start, end: period.end)
        for row in report.proceedingRows {
            #expect(row.values == expected4[row.category], "\(period.title) \(row.category)")
        }
        if quarter == nil {
            // Not vacuous: a year has hundreds of applications and both kinds of lawsuit.
            #expect((report.applicationRow("（七）总计")?.total ?? 0) > 150)
            #expect(report.proceedingRows.allSatisfy { $0.total > 0 })
        }
    }
}

/// Writes the generated register's spreadsheet files to `$REGISTER_EXPORT_DIR`, for a person to
/// import with `caselib ledger import` and look at.
struct GeneratedRegisterExport {
    static let directory = ProcessInfo.processInfo.environment["REGISTER_EXPORT_DIR"]

    @Test(.enabled(if: directory != nil, "skipped: set REGISTER_EXPORT_DIR to write the generated register's CSV files"))
    func writesTheGeneratedRegister() throws {
        let folder = URL(fileURLWithPath: try #require(Self.directory))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let register = GeneratedRegisterTests.register
        try Data(register.applicationsCSV(years: 2021...2022, encoding: .utf8)).write(to: folder.appendingPathComponent("applications-2021-2022.utf8.csv"))
        try Data(register.applicationsCSV(years: 2023...2023, encoding: .gb18030)).write(to: folder.appendingPathComponent("applications-2023.gb18030.csv"))
        try Data(register.proceedingsCSV(years: 2021...2022, encoding: .utf8WithBOM)).write(to: folder.appendingPathComponent("proceedings-2021-2022.utf8.csv"))
        try Data(register.proceedingsCSV(years: 2023...2023, encoding: .gb18030)).write(to: folder.appendingPathComponent("proceedings-2023.gb18030.csv"))
    }
}
