/// Tables 三 and 四 as CSV for pasting into the template: `table3.csv` (one line per template row,
/// `项目,细项,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计`) and `table4.csv`
/// (`类别,结果维持,结果纠正,其他结果,尚未审结,总计`; lines 行政复议, 未经复议直接起诉, 复议后起诉).
///
/// Like `statistics.csv`, each file starts with a UTF-8 byte-order mark (Excel otherwise reads
/// UTF-8 Chinese as mojibake), lines end in CRLF, and fields are quoted per RFC 4180 when needed.
public enum AnnualReportCSV {
    /// `table3.csv`.
    public static func table3(_ report: AnnualReport) -> String {
        render([ReportTemplate.table3Header] + report.applicationRows.map { row in
            [row.row.item, row.row.detail] + (row.counts + [row.total]).map(String.init)
        })
    }

    /// `table4.csv`.
    public static func table4(_ report: AnnualReport) -> String {
        render([ReportTemplate.table4Header] + report.proceedingRows.map { [$0.category] + $0.values.map(String.init) })
    }

    static func render(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(StatisticsCSVRenderer.quote).joined(separator: ",") + "\r\n" }.joined()
    }
}
