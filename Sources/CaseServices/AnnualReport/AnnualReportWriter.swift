import CaseLibrary
import Foundation

/// Writes a report's files into a folder, each atomically: `report.html`, `table3.csv`,
/// `table4.csv` (and `report.pdf` when a printer is given).
public struct AnnualReportWriter: Sendable {
    /// The file names written, in order (without the PDF).
    public static let fileNames = ["report.html", "table3.csv", "table4.csv"]

    /// Makes a writer.
    public init() {}

    /// Writes the report.
    /// - Parameters:
    ///   - report: the report; it must pass its checks.
    ///   - directory: where; created when missing.
    ///   - office: the agency's name for the title, when known.
    ///   - printer: prints `report.pdf` from `report.html` when given.
    /// - Returns: the files written.
    /// - Throws: `ServiceError.refused` (Chinese, listing them) when a check fails — nothing is
    ///   written then; `ServiceError.failure` when a file cannot be written or printed.
    @discardableResult
    public func write(_ report: AnnualReport, to directory: URL, office: String? = nil, printer: PDFPrinter? = nil) throws -> [URL] {
        let failed = report.failedChecks
        guard failed.isEmpty else {
            let lines = failed.map { "\($0.name)：\($0.figures)" }.joined(separator: "\n")
            throw ServiceError.refused("\(report.period.title)报表有 \(failed.count) 项核对不符，未写出任何文件：\n\(lines)")
        }
        let contents = [AnnualReportHTML().render(report, office: office), AnnualReportCSV.table3(report), AnnualReportCSV.table4(report)]
        var written: [URL] = []
        do {
            for (name, text) in zip(Self.fileNames, contents) {
                let url = directory.appendingPathComponent(name)
                try AtomicFile.write(text, to: url)
                written.append(url)
            }
            if let printer {
                let pdf = directory.appendingPathComponent("report.pdf")
                try printer.print(html: directory.appendingPathComponent("report.html"), to: pdf)
                written.append(pdf)
            }
        } catch {
            throw ServiceError.failure("写出报表失败：\(error)")
        }
        return written
    }
}
