/// The wording under the compilation's statistics tables, shared by the Markdown and HTML renderers.
enum StatisticsText {
    /// The source note, the checks' verdict and the rates, one paragraph each.
    static func notes(_ statistics: CompilationStatistics) -> [String] {
        func line(_ name: String, _ rate: CompilationStatistics.Rate, _ parts: String) -> String {
            "\(name)：\(rate.percentText)（\(parts)）" + (rate.changeText.map { "，\($0)" } ?? "")
        }
        let disclosure = statistics.disclosureRate, correction = statistics.correctionRate
        return [
            statistics.sourceNote,
            "核对：一加二等于三（七）加四、各行总计等于各列之和等 \(statistics.report.checks.count) 项均相符。",
            "本年度办结申请 \(statistics.answeredCount) 件。",
            line("公开率", disclosure, "予以公开与部分公开 \(disclosure.numerator) 件 / 办结 \(disclosure.denominator) 件"),
            line("纠错率", correction, "结果纠正 \(correction.numerator) 件 / 维持与纠正合计 \(correction.denominator) 件"),
        ]
    }
}
