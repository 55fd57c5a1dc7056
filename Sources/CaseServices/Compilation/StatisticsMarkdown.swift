/// Tables 三 and 四 of the compilation's statistics as Markdown: one line per template row
/// (项目 and 细项 as in `table3.csv`), then the 2021 format's fifteen numbers of table 四 as
/// three lines.
enum StatisticsMarkdown {
    static func render(_ statistics: CompilationStatistics) -> [String] {
        let report = statistics.report
        var out = ["#### 三、收到和处理政府信息公开申请情况", ""]
        let header = ReportTemplate.table3Header
        out.append("| " + header.joined(separator: " | ") + " |")
        out.append("|---|---|" + String(repeating: "---:|", count: header.count - 2))
        for row in report.applicationRows {
            out.append("| \(row.row.item) | \(row.row.detail) | " + (row.counts + [row.total]).map(String.init).joined(separator: " | ") + " |")
        }
        out += ["", "#### 四、政府信息公开行政复议、行政诉讼情况", ""]
        out.append("| 类别 | " + ReportTemplate.outcomeColumns.joined(separator: " | ") + " |")
        out.append("|---|" + String(repeating: "---:|", count: ReportTemplate.outcomeColumns.count))
        for row in report.proceedingRows {
            let label = row.category == "行政复议" ? row.category : "行政诉讼·\(row.category)"
            out.append("| \(label) | " + row.values.map(String.init).joined(separator: " | ") + " |")
        }
        return out + [""]
    }
}
