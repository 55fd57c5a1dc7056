import CaseLibrary

/// The JSON form of a report, for the API and the page.
public enum AnnualReportJSON {
    /// `{"year", "quarter", "title", "start", "end", "basis", "table3": [...], "table4": [...], "checks": [...], "passed"}`.
    public static func report(_ report: AnnualReport) -> JSONValue {
        .object([
            ("year", .number(String(report.period.year))),
            ("quarter", report.period.quarter.map { .number(String($0)) } ?? .null),
            ("title", .string(AnnualReportHTML.title(report))),
            ("start", .string(report.period.start)),
            ("end", .string(report.period.end)),
            ("basis", .string(report.basis)),
            ("columns3", .array((ReportTemplate.applicantColumns + ["总计"]).map { .string($0) })),
            ("table3", .array(report.applicationRows.map(applicationRow))),
            ("columns4", .array(ReportTemplate.outcomeColumns.map { .string($0) })),
            ("table4", .array(report.proceedingRows.map(proceedingRow))),
            ("checks", .array(report.checks.map(check))),
            ("passed", .bool(report.failedChecks.isEmpty)),
        ])
    }

    static func applicationRow(_ row: AnnualReport.ApplicationRow) -> JSONValue {
        .object([
            ("item", .string(row.row.item)), ("detail", .string(row.row.detail)),
            ("values", .array((row.counts + [row.total]).map { .number(String($0)) })),
        ])
    }

    static func proceedingRow(_ row: AnnualReport.ProceedingRow) -> JSONValue {
        .object([("category", .string(row.category)), ("values", .array(row.values.map { .number(String($0)) }))])
    }

    static func check(_ check: AnnualReport.Check) -> JSONValue {
        .object([("name", .string(check.name)), ("figures", .string(check.figures)), ("passed", .bool(check.passed))])
    }
}
