import Foundation

/// Renders the statistics as `statistics.csv`.
///
/// Long form — one value per line as `表,行,列,数值` — so that a spreadsheet can pivot it and a
/// script can read it without knowing the report's layout. The file starts with a UTF-8 byte-order
/// mark, because Excel otherwise opens UTF-8 Chinese text as mojibake; lines end in CRLF and fields
/// are quoted per RFC 4180 when they contain a comma, quote or line break.
public struct StatisticsCSVRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The CSV text, starting with U+FEFF.
    public func render(_ statistics: CompilationStatistics) -> String {
        var rows: [[String]] = [["表", "行", "列", "数值"]]
        let responseTable = "\(statistics.year)年度办理结果"
        for row in statistics.responseRows {
            let values = [row.naturalPersons, row.organisations, row.total]
            for (column, value) in zip(CompilationText.responseColumns, values) {
                rows.append([responseTable, row.label, column, String(value)])
            }
        }
        let outcomeTable = "\(statistics.year)年度行政复议和行政诉讼"
        for row in statistics.outcomeRows {
            let values = [row.upheld, row.corrected, row.other, row.pending, row.total]
            for (column, value) in zip(CompilationText.outcomeColumns, values) {
                rows.append([outcomeTable, row.stage, column, String(value)])
            }
        }
        let rateTable = "\(statistics.year)年度比率"
        for (name, rate) in [("公开率", statistics.disclosureRate), ("纠错率", statistics.correctionRate)] {
            rows.append([rateTable, name, "分子", String(rate.numerator)])
            rows.append([rateTable, name, "分母", String(rate.denominator)])
            rows.append([rateTable, name, "百分比", rate.tenthsOfPercent.map { CompilationStatistics.Rate.format($0, signed: false) } ?? ""])
            rows.append([rateTable, name, "较上年（个百分点）", changeValue(rate)])
        }
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
