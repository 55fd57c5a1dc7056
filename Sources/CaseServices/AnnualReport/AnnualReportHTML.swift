/// Renders a report as one self-contained HTML page (`report.html`) for reading and printing.
public struct AnnualReportHTML: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The document's title, e.g. `2023年度政府信息公开申请办理情况`.
    public static func title(_ report: AnnualReport) -> String { "\(report.period.title)政府信息公开申请办理情况" }

    /// The HTML document.
    /// - Parameter office: the agency's name for the title, when known.
    public func render(_ report: AnnualReport, office: String? = nil) -> String {
        let title = (office.map { $0 + " " } ?? "") + Self.title(report)
        var out = [
            "<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\" />",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
            "<title>\(ReportTableHTML.escape(title))</title>", "<style>", Self.css, "</style>", "</head>", "<body>",
            "<h1>\(ReportTableHTML.escape(title))</h1>",
            "<p class=\"meta\">统计期间：\(report.period.start) 至 \(report.period.end)。\(ReportTableHTML.escape(report.basis))</p>",
        ]
        if report.period.quarter != nil {
            out.append(
                "<p class=\"meta\">季度通报沿用年度报告的表式：“本年新收”指本季度新收，“上年结转”指上季度结转，“本年度办理结果”指本季度办理结果，“结转下年度”指结转下季度。</p>")
        }
        out += ReportTableHTML.applicationTable(report)
        out += ReportTableHTML.proceedingTable(report)
        out += ReportTableHTML.checks(report)
        let failed = report.failedChecks.count
        out.append(
            failed == 0
                ? "<p class=\"meta\">全部 \(report.checks.count) 项核对相符。</p>"
                : "<p class=\"error\">有 \(failed) 项核对不符，表中数字不能使用。</p>")
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Screen and A4 print style, Chinese system fonts only.
    static let css = """
        html { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Noto Sans CJK SC", serif; color: #1a1a1a; }
        body { max-width: 64em; margin: 2em auto; padding: 0 1.5em; font-size: 15px; line-height: 1.6; }
        h1 { font-size: 1.5em; text-align: center; }
        h3 { margin-top: 1.6em; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; font-size: .9em; }
        th, td { border: 1px solid #888; padding: .25em .45em; vertical-align: middle; }
        th { background: #f2f2f2; font-weight: normal; white-space: nowrap; }
        th.note { white-space: normal; font-size: .9em; color: #444; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 3.2em; }
        tr.failed td { color: #8b1a1a; font-weight: bold; }
        p.meta { color: #555; font-size: .92em; }
        p.error { color: #8b1a1a; font-weight: bold; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print { body { max-width: none; margin: 0; padding: 0; font-size: 9pt; } table { page-break-inside: auto; } }
        """
}
