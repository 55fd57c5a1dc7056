import Foundation

/// Renders the statistics as `statistics.csv`.
///
/// Long form — one value per line as `表,项目,细项,列,数值` — so that a spreadsheet can pivot it and
/// a script can read it without knowing the report's layout; 项目 and 细项 are the template's labels
/// as in `caselib report`'s `table3.csv`. Then the rates, and the source as a `来源` line. The file
/// starts with a UTF-8 byte-order mark, because Excel otherwise opens UTF-8 Chinese text as
/// mojibake; lines end in CRLF and fields are quoted per RFC 4180 when they contain a comma, quote
/// or line break.
public struct StatisticsCSVRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The CSV text, starting with U+FEFF.
    public func render(_ statistics: CompilationStatistics) -> String {
        var rows: [[String]] = [["表", "项目", "细项", "列", "数值"]]
        let report = statistics.report
        let table3 = "三、收到和处理政府信息公开申请情况"
        for row in report.applicationRows {
            for (column, value) in zip(ReportTemplate.applicantColumns + ["总计"], row.counts + [row.total]) {
                rows.append([table3, row.row.item, row.row.detail, column, String(value)])
            }
        }
        let table4 = "四、政府信息公开行政复议、行政诉讼情况"
        for row in report.proceedingRows {
            for (column, value) in zip(ReportTemplate.outcomeColumns, row.values) {
                rows.append([table4, row.category, "", column, String(value)])
            }
        }
        let rateTable = "\(statistics.year)年度比率"
        for (name, rate) in [("公开率", statistics.disclosureRate), ("纠错率", statistics.correctionRate)] {
            rows.append([rateTable, name, "", "分子", String(rate.numerator)])
            rows.append([rateTable, name, "", "分母", String(rate.denominator)])
            rows.append([rateTable, name, "", "百分比", rate.tenthsOfPercent.map { CompilationStatistics.Rate.format($0, signed: false) } ?? ""])
            rows.append([rateTable, name, "", "较上年（个百分点）", changeValue(rate)])
        }
        rows.append(["来源", statistics.source == .register ? "申请登记台账" : "案例库（可收入汇编的案例）", "", "说明", statistics.sourceNote])
        return "\u{FEFF}" + rows.map { $0.map(Self.quote).joined(separator: ",") + "\r\n" }.joined()
    }

    private func changeValue(_ rate: CompilationStatistics.Rate) -> String {
        guard let previous = rate.previous, rate.denominator > 0 else { return "" }
        let now = Double(rate.numerator) / Double(rate.denominator)
        let before = Double(previous.numerator) / Double(previous.denominator)
        return CompilationStatistics.Rate.format(Int(((now - before) * 1000).rounded()), signed: true)
    }

    /// RFC 4180 quoting: wrap in quotes and double inner quotes when needed.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
