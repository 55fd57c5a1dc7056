import CaseLibrary

/// Computes `CompilationStatistics`: tables 三 and 四 of the year from the register when it holds
/// applications received in that year, else from the cases the compilation may show
/// (`LibraryCaseLedger`), and the two rates against the previous year (chosen the same way).
enum StatisticsCalculator {
    static func statistics(year: Int, records: [Record], register: Ledger?) throws -> CompilationStatistics {
        let period = try ReportPeriod(year: year)
        let library = LibraryCaseLedger.ledger(from: records)
        let (source, report) = self.report(period, register: register, library: library)
        let earlier = period.previousYear.map { self.report($0, register: register, library: library) }
        let previous = earlier?.0 == source ? earlier?.1 : nil  // never compare the register with the cases
        return CompilationStatistics(
            year: year, source: source, report: report,
            disclosureRate: rate(disclosed(report), previous: previous.map(disclosed)),
            correctionRate: rate(corrected(report), previous: previous.map(corrected)))
    }

    private static func report(_ period: ReportPeriod, register: Ledger?, library: Ledger) -> (CompilationStatistics.Source, AnnualReport) {
        if let register, register.applications.contains(where: { LedgerDate.year($0.received) == period.year }) {
            return (.register, AnnualReportBuilder().build(register, period: period))
        }
        let basis = "据案例库中可收入汇编的案例统计（\(library.applications.count) 件）。"
        return (.libraryCases, AnnualReportBuilder().build(library, period: period, basis: basis))
    }

    /// (（一）+（二）, 三（七）总计).
    private static func disclosed(_ report: AnnualReport) -> (Int, Int) {
        let rows = report.applicationRows.filter {
            if case .result(let group, _) = $0.row.kind { return group == "予以公开" || group == "部分公开" }
            return false
        }
        return (rows.reduce(0) { $0 + $1.total }, report.applicationRow(ReportTemplate.answeredTotal)?.total ?? 0)
    }

    /// (结果纠正, 结果维持 + 结果纠正) over table 四.
    private static func corrected(_ report: AnnualReport) -> (Int, Int) {
        let corrected = report.proceedingRows.reduce(0) { $0 + $1.corrected }
        return (corrected, corrected + report.proceedingRows.reduce(0) { $0 + $1.upheld })
    }

    private static func rate(_ now: (Int, Int), previous: (Int, Int)?) -> CompilationStatistics.Rate {
        CompilationStatistics.Rate(
            numerator: now.0, denominator: now.1,
            previous: previous.flatMap { $0.1 > 0 ? .init(numerator: $0.0, denominator: $0.1) : nil })
    }
}
