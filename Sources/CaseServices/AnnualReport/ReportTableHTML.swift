import CaseLibrary

/// Tables 三 and 四 as HTML fragments laid out as the 2021 template prints them (merged header
/// cells, 三、本年度办理结果 spanning its rows, group labels spanning their numbered sub-rows), and
/// the checks. Shared by the report and the compilation.
public enum ReportTableHTML {
    /// Table 三 with its heading.
    public static func applicationTable(_ report: AnnualReport) -> [String] {
        var out = ["<h3>三、收到和处理政府信息公开申请情况</h3>", "<table class=\"report report-3\">", "<thead>"]
        out.append(
            "<tr><th class=\"note\" colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"
                + "<th colspan=\"7\">申请人情况</th></tr>")
        out.append("<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>")
        out.append("<tr>" + LedgerApplication.organisationSubtypes.map { "<th>\($0)</th>" }.joined() + "</tr>")
        out += ["</thead>", "<tbody>"]
        let resultRows = report.applicationRows.filter { row in
            if case .result = row.row.kind { return true }
            return row.row.kind == .answeredTotal
        }
        var previousItem = ""
        for row in report.applicationRows {
            var cells = ""
            let isResult = resultRows.contains(row)
            if isResult, row == resultRows.first {
                cells += "<td rowspan=\"\(resultRows.count)\">\(ReportTemplate.results)</td>"
            }
            if !isResult {
                cells += "<td colspan=\"3\">\(escape(row.row.item))</td>"
            } else if row.row.detail.isEmpty {
                cells += "<td colspan=\"2\">\(escape(row.row.item))</td>"
            } else {
                if row.row.item != previousItem {
                    let span = report.applicationRows.filter { $0.row.item == row.row.item }.count
                    cells += "<td rowspan=\"\(span)\">\(escape(row.row.item))</td>"
                }
                cells += "<td>\(escape(row.row.detail))</td>"
            }
            previousItem = row.row.item
            out.append("<tr>" + cells + numbers(row.counts + [row.total]) + "</tr>")
        }
        out += ["</tbody>", "</table>"]
        return out
    }

    /// Table 四 with its heading: one row of fifteen numbers.
    public static func proceedingTable(_ report: AnnualReport) -> [String] {
        var out = ["<h3>四、政府信息公开行政复议、行政诉讼情况</h3>", "<table class=\"report report-4\">", "<thead>"]
        out.append("<tr><th colspan=\"5\" rowspan=\"2\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>")
        out.append("<tr><th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr>")
        out.append("<tr>" + Array(repeating: ReportTemplate.outcomeColumns.map { "<th>\($0)</th>" }.joined(), count: 3).joined() + "</tr>")
        out += ["</thead>", "<tbody>"]
        out.append("<tr>" + numbers(report.proceedingRows.flatMap(\.values)) + "</tr>")
        out += ["</tbody>", "</table>"]
        return out
    }

    /// The checks, each marked 相符 or 不符.
    public static func checks(_ report: AnnualReport) -> [String] {
        var out = ["<h3>核对</h3>", "<table class=\"checks\">", "<thead><tr><th>核对项</th><th>数字</th><th>结果</th></tr></thead>", "<tbody>"]
        for check in report.checks {
            out.append(
                "<tr class=\"\(check.passed ? "passed" : "failed")\"><td>\(escape(check.name))</td><td>\(escape(check.figures))</td>"
                    + "<td>\(check.passed ? "相符" : "不符")</td></tr>")
        }
        out += ["</tbody>", "</table>"]
        return out
    }

    static func numbers(_ values: [Int]) -> String {
        values.map { "<td class=\"num\">\($0)</td>" }.joined()
    }

    static func escape(_ text: String) -> String { HTMLText.escape(text) }
}
