import CaseLibrary

/// Counts table 三 from the register's applications.
///
/// - 一: received in the period. 二: received before it and not answered before its first day.
/// - 三: answered in the period, under the row of its result group and detail; 部分公开 (区分处理)
///   counts once under （二） whatever detail the line names; 不属于政府信息 and 其他 count in （六）3.其他.
/// - 四: received by the period's last day and not answered by then.
///
/// Every figure, 总计 and （七）总计 included, is counted directly from the applications, so the
/// report's checks compare independent counts rather than restating sums.
enum ApplicationTableCounter {
    static func rows(_ applications: [LedgerApplication], period: ReportPeriod) -> [AnnualReport.ApplicationRow] {
        ReportTemplate.rows.map { row in
            let matching = applications.filter { isCounted($0, in: row.kind, period: period) }
            let counts = ReportTemplate.applicantColumns.map { column in matching.filter { $0.applicantColumn == column }.count }
            return AnnualReport.ApplicationRow(row: row, counts: counts, total: matching.count)
        }
    }

    /// Whether an application counts in a row of the period.
    static func isCounted(_ application: LedgerApplication, in kind: ReportTemplate.RowKind, period: ReportPeriod) -> Bool {
        switch kind {
        case .received:
            return period.contains(application.received)
        case .carriedIn:
            return application.received < period.start && (application.answered.map { $0 >= period.start } ?? true)
        case .answeredTotal:
            return application.answered.map(period.contains) ?? false
        case .carriedOut:
            return application.received <= period.end && (application.answered.map { $0 > period.end } ?? true)
        case .result(let group, let details):
            guard let answered = application.answered, period.contains(answered), application.result == group else { return false }
            return details.isEmpty || details.contains(application.detail ?? "")
        }
    }
}
