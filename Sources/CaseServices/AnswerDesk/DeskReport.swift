import CaseLibrary

/// The 类案检索报告 of an answer-desk search: the application, the search settings, the date and
/// index revision (so it can be reproduced), the precedents with their handling, outcomes and why
/// they were matched, the applicable articles, the suggested handling and the deadline.
public enum DeskReport {
    /// The report as a document (render it with `markdown` or `html`).
    public static func document(_ answer: DeskAnswer) -> ReportDocument {
        let request = answer.request.precedents
        var sections: [(String, [ReportDocument.Block])] = []
        sections.append(("一、申请内容", [.quote(request.text.trimmingCharacters(in: .whitespacesAndNewlines))]))
        sections.append(("二、检索设置", [.list(settings(answer))]))
        sections.append(("三、拟答复参考", suggestion(answer.suggestion)))
        sections.append(("四、类案（\(answer.precedents.count) 例）", precedents(answer)))
        sections.append(("五、适用条文", articles(answer)))
        sections.append(("六、答复期限", deadline(answer)))
        return ReportDocument(title: "类案检索报告",
                              meta: ["生成时间：\(answer.madeAt)", "申请日期：\(answer.date)", "索引版本：\(answer.revision)"],
                              sections: sections)
    }

    static func settings(_ answer: DeskAnswer) -> [String] {
        let request = answer.request.precedents
        let filters = request.filters
        var lines = ["检索方式：类案检索（申请全文的区分性词语、办公室同义词表、相关反馈；按相关度与复议诉讼结果加权）",
                     "返回类案数：\(request.limit)（拟答复参考取前 \(answer.request.suggestionCount) 例）"]
        lines.append("加权（只提升排序，不排除其他案例）：类别 \(request.category ?? "无")；拟作答复 \(request.response ?? "无")")
        var filterLines: [String] = []
        if !filters.categories.isEmpty { filterLines.append("类别 " + filters.categories.joined(separator: "、")) }
        if !filters.responses.isEmpty { filterLines.append("答复 " + filters.responses.joined(separator: "、")) }
        if !filters.statuses.isEmpty { filterLines.append("结果 " + filters.statuses.map(\.label).joined(separator: "、")) }
        if !filters.regimes.isEmpty { filterLines.append("适用条例 " + filters.regimes.map { "\($0)年版" }.joined(separator: "、")) }
        if let years = filters.years { filterLines.append("年份 \(years.lowerBound)–\(years.upperBound)") }
        if !filters.units.isEmpty { filterLines.append("承办单位 " + filters.units.joined(separator: "、")) }
        lines.append("筛选（只保留符合条件的案例）：" + (filterLines.isEmpty ? "无" : filterLines.joined(separator: "；")))
        lines.append("范围：" + (request.includeHidden ? "含草稿、待审和受限案例（审核人员）" : "已审核的可见案例"))
        lines.append("条文版本：按申请日期 \(answer.date) 施行的版本")
        return lines
    }

    static func suggestion(_ suggestion: HandlingSuggestion) -> [ReportDocument.Block] {
        var blocks: [ReportDocument.Block] = [.paragraph(suggestion.text), .warning(HandlingSuggestion.notice)]
        if !suggestion.groups.isEmpty {
            blocks.append(.table(header: ["答复", "加权占比", "案例", "经复议诉讼维持", "被纠正"], rows: suggestion.groups.map { group in
                [group.label, "\(Int((group.share * 100).rounded()))%", group.cases.joined(separator: "、"),
                 group.upheld.isEmpty ? "—" : group.upheld.joined(separator: "、"),
                 group.corrected.isEmpty ? "—" : group.corrected.joined(separator: "、")]
            }))
        }
        return blocks
    }

    static func precedents(_ answer: DeskAnswer) -> [ReportDocument.Block] {
        guard !answer.precedents.isEmpty else { return [.paragraph("没有找到类案。")] }
        return [.list(answer.precedents.enumerated().map { offset, result in
            let record = result.record
            var lines = ["第 \(offset + 1) 例　\(record.id) \(record.title)"]
            let answerText = record.response.map { response in record.responseDetail.map { "\(response)（\($0)）" } ?? response } ?? "未记载"
            let facts = [record.year.map { "\($0)年" }, record.unit, record.category].compactMap { $0 }.joined(separator: " · ")
            lines.append("\(facts)；答复：\(answerText)；状态：\(result.history.status.label)")
            if !record.legalBasis.isEmpty { lines.append("依据：" + record.legalBasis.joined(separator: "；")) }
            for outcome in result.history.outcomes {
                let number = outcome.text("number").map { "（\($0)）" } ?? ""
                lines.append("结果：\(outcome.date ?? "") \(outcome.stage ?? "") \(outcome.text("body") ?? "")\(number) \(outcome.result ?? "")")
            }
            if let days = answer.answerDays[record.id] { lines.append("答复用时：\(days) 个工作日（\(record.text("received") ?? "") 收到，\(record.text("answered") ?? "") 答复）") }
            lines.append("匹配依据：" + why(result.why))
            if result.isCorrected { lines.append("⚠ 此案答复已被纠正，仅供警示，不宜作为范例") }
            return lines.joined(separator: "\n")
        })]
    }

    /// The explanation in words: shared phrases, thesaurus words, and the boosts' names.
    static func why(_ why: PrecedentResult.Explanation) -> String {
        var parts: [String] = []
        if !why.phrases.isEmpty { parts.append("共同词语 " + why.phrases.prefix(8).joined(separator: "、")) }
        let thesaurus = why.terms.filter { $0.source == .thesaurus }.map(\.term)
        if !thesaurus.isEmpty { parts.append("同义词表 " + thesaurus.prefix(5).joined(separator: "、")) }
        let boosts = why.boosts.map { boostName($0.name) + ($0.size >= 0 ? "（加权）" : "（降权）") }
        if !boosts.isEmpty { parts.append(boosts.joined(separator: "、")) }
        return parts.isEmpty ? "文本相近" : parts.joined(separator: "；")
    }

    /// A boost's name in Chinese.
    public static func boostName(_ name: String) -> String {
        switch name {
        case "same category": return "同类别"
        case "same response": return "同答复结果"
        case "upheld in litigation": return "诉讼维持"
        case "upheld on reconsideration": return "复议维持"
        case "decided under the 2008 Regulations": return "适用2008年条例"
        default:
            if name.hasPrefix("age "), let years = name.split(separator: " ").dropFirst().first { return "年代较久（\(years)年）" }
            return name
        }
    }

    static func articles(_ answer: DeskAnswer) -> [ReportDocument.Block] {
        guard !answer.articles.isEmpty else { return [.paragraph("类案未引用条文，条文检索也没有结果。")] }
        var blocks: [ReportDocument.Block] = []
        for article in answer.articles {
            var source: [String] = []
            if !article.cases.isEmpty { source.append("类案引用：" + article.cases.joined(separator: "、")) }
            if !article.correctedCases.isEmpty { source.append("被纠正类案引用：" + article.correctedCases.joined(separator: "、")) }
            if article.foundBySearch { source.append("条文检索命中") }
            let version = article.version.map { article.inForce ? "（\($0) 施行版本）" : "（类案引用的 \($0) 施行版本，已非现行，条文编号不可直接对应）" }
                ?? (article.inForce ? "（库中无此条文）" : "（类案引用的旧版本，库中未收录）")
            blocks.append(.paragraph("《\(article.law)》\(article.article)\(version)　" + source.joined(separator: "；")))
            if let text = article.text { blocks.append(.quote(text)) }
        }
        return blocks
    }

    static func deadline(_ answer: DeskAnswer) -> [ReportDocument.Block] {
        if let deadline = answer.deadline { return [.paragraph(deadline.explanation)] }
        if let problem = answer.deadlineProblem { return [.warning("无法计算答复期限：\(problem)")] }
        return [.paragraph("未填写收到申请的日期，未计算答复期限。")]
    }
}
