/// The checks of tables 三 and 四: 一 + 二 = 三（七）总计 + 四 for every column, each 总计 the sum of
/// its columns, and （七）总计 the sum of the result rows.
enum ReportChecks {
    static func all(applicationRows: [AnnualReport.ApplicationRow], proceedingRows: [AnnualReport.ProceedingRow]) -> [AnnualReport.Check] {
        balance(applicationRows) + [resultTotal(applicationRows), rowTotals(applicationRows), outcomeTotals(proceedingRows)]
    }

    /// 一 + 二 = 三（七）总计 + 四, column by column (总计 included).
    private static func balance(_ rows: [AnnualReport.ApplicationRow]) -> [AnnualReport.Check] {
        func values(_ kind: ReportTemplate.RowKind) -> [Int] {
            guard let row = rows.first(where: { $0.row.kind == kind }) else { return Array(repeating: 0, count: 7) }
            return row.counts + [row.total]
        }
        let received = values(.received), carriedIn = values(.carriedIn)
        let answered = values(.answeredTotal), carriedOut = values(.carriedOut)
        return (ReportTemplate.applicantColumns + ["总计"]).enumerated().map { column, name in
            let left = received[column] + carriedIn[column], right = answered[column] + carriedOut[column]
            return AnnualReport.Check(
                name: "一 + 二 = 三（七）总计 + 四（\(name)）",
                figures: "\(received[column]) + \(carriedIn[column]) \(left == right ? "=" : "≠") \(answered[column]) + \(carriedOut[column])",
                passed: left == right)
        }
    }

    /// （七）总计 = （一）至（六）各行之和, column by column.
    private static func resultTotal(_ rows: [AnnualReport.ApplicationRow]) -> AnnualReport.Check {
        let results = rows.filter { if case .result = $0.row.kind { return true } else { return false } }
        let total = rows.first { $0.row.kind == .answeredTotal }
        var wrong: [String] = []
        for (column, name) in (ReportTemplate.applicantColumns + ["总计"]).enumerated() {
            let sum = results.reduce(0) { $0 + ($1.counts + [$1.total])[column] }
            let stated = total.map { ($0.counts + [$0.total])[column] } ?? 0
            if sum != stated { wrong.append("\(name)：各行之和 \(sum) ≠ 总计 \(stated)") }
        }
        let sum = results.reduce(0) { $0 + $1.total }
        return AnnualReport.Check(
            name: "三（七）总计 = （一）至（六）各行之和", figures: wrong.isEmpty ? "\(sum) = \(total?.total ?? 0)" : wrong.joined(separator: "；"),
            passed: wrong.isEmpty)
    }

    /// 总计 = 自然人 + 法人或其他组织五列, for every row of table 三.
    private static func rowTotals(_ rows: [AnnualReport.ApplicationRow]) -> AnnualReport.Check {
        let wrong = rows.filter { $0.counts.reduce(0, +) != $0.total }.map {
            "\($0.row.item)\($0.row.detail.isEmpty ? "" : " \($0.row.detail)")：各列之和 \($0.counts.reduce(0, +)) ≠ 总计 \($0.total)"
        }
        return AnnualReport.Check(
            name: "表三每行：总计 = 自然人 + 法人或其他组织五列", figures: wrong.isEmpty ? "\(rows.count) 行均相符" : wrong.joined(separator: "；"),
            passed: wrong.isEmpty)
    }

    /// 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, for every row of table 四.
    private static func outcomeTotals(_ rows: [AnnualReport.ProceedingRow]) -> AnnualReport.Check {
        let wrong = rows.filter { $0.upheld + $0.corrected + $0.other + $0.pending != $0.total }.map {
            "\($0.category)：\($0.upheld) + \($0.corrected) + \($0.other) + \($0.pending) ≠ \($0.total)"
        }
        return AnnualReport.Check(
            name: "表四每行：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
            figures: wrong.isEmpty ? "\(rows.count) 行均相符" : wrong.joined(separator: "；"), passed: wrong.isEmpty)
    }
}
