import CaseLibrary

/// Counts an `AnnualReport` from a register. Pure: the same register and period give an equal report.
public struct AnnualReportBuilder: Sendable {
    /// Makes a builder.
    public init() {}

    /// Tables 三 and 四 for a period.
    /// - Parameters:
    ///   - ledger: the application register.
    ///   - period: a year or a quarter.
    ///   - basis: where the figures come from, printed under the tables (defaults to the register).
    public func build(_ ledger: Ledger, period: ReportPeriod, basis: String? = nil) -> AnnualReport {
        AnnualReport(
            period: period, applicationRows: ApplicationTableCounter.rows(ledger.applications, period: period),
            proceedingRows: ProceedingTableCounter.rows(ledger, period: period),
            basis: basis ?? "据申请登记台账统计（登记申请 \(ledger.applications.count) 件，复议诉讼记录 \(ledger.proceedings.count) 条）。")
    }
}
