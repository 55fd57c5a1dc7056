import CaseLibrary

/// Renders a compilation as Markdown (`compilation.md`): title block, a table of contents of
/// anchor links, statistics tables, the cases by category, and the appendices. Record text is
/// backslash-escaped so it can never become markup.
public struct MarkdownRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The Markdown text.
    public func render(_ compilation: Compilation) -> String {
        var out: [String] = []
        out.append("# \(escape(compilation.title))")
        out.append("")
        out.append("发布机关：\(escape(compilation.issuingOffice))  ")
        out.append("年度：\(compilation.year)年" + (compilation.generatedOn.map { "  \n编印日期：\($0)" } ?? ""))
        out.append("")
        out += tableOfContents(compilation)
        out += statistics(compilation.statistics)
        out += cases(compilation)
        out += appendices(compilation)
        return out.joined(separator: "\n") + "\n"
    }

    private func tableOfContents(_ compilation: Compilation) -> [String] {
        var out = ["## 目录", "", "- [\(CompilationText.statisticsHeading)](#statistics)", "- [\(CompilationText.casesHeading)](#cases)"]
        for section in compilation.sections {
            out.append("  - [\(section.category)](#\(section.anchor))")
            for compiled in section.cases {
                out.append("    - [\(escape(CompilationText.caseHeading(compiled)))](#\(compiled.anchor))")
            }
        }
        out += ["- [\(CompilationText.provisionsHeading)](#provisions)", "- [\(CompilationText.correctedHeading)](#corrected)", ""]
        return out
    }

    private func statistics(_ statistics: CompilationStatistics) -> [String] {
        var out = ["<a id=\"statistics\"></a>", "", "## \(CompilationText.statisticsHeading)", ""]
        out += ["### \(CompilationText.statisticsTitle(statistics.year))", ""]
        out += ["| 办理结果 | " + CompilationText.responseColumns.joined(separator: " | ") + " |", "|---|---:|---:|---:|"]
        for row in statistics.responseRows {
            let label = row.level == 1 ? "　　\(row.label)" : "**\(row.label)**"
            out.append("| \(label) | \(row.naturalPersons) | \(row.organisations) | \(row.total) |")
        }
        out += ["", "### 行政复议和行政诉讼情况", ""]
        out += ["| 阶段 | " + CompilationText.outcomeColumns.joined(separator: " | ") + " |", "|---|---:|---:|---:|---:|---:|"]
        for row in statistics.outcomeRows {
            out.append("| \(row.stage) | \(row.upheld) | \(row.corrected) | \(row.other) | \(row.pending) | \(row.total) |")
        }
        out.append("")
        out += CompilationText.rates(statistics).flatMap { ["- \($0)"] }
        out.append("")
        return out
    }

    private func cases(_ compilation: Compilation) -> [String] {
        var out = ["<a id=\"cases\"></a>", "", "## \(CompilationText.casesHeading)", ""]
        for section in compilation.sections {
            out += ["<a id=\"\(section.anchor)\"></a>", "", "### \(section.category)", ""]
            for compiled in section.cases { out += render(compiled, includeConsultation: compilation.includesConsultation) }
        }
        return out
    }

    private func render(_ compiled: CompiledCase, includeConsultation: Bool) -> [String] {
        var out = ["<a id=\"\(compiled.anchor)\"></a>", "", "#### \(escape(CompilationText.caseHeading(compiled)))", ""]
        out += ["**基本案情**", ""] + paragraphs(compiled.request) + [escape(CompilationText.facts(compiled)), ""]
        out += ["**处理结果**", "", CompilationText.response(compiled), ""]
        if let note = compiled.responseNote { out += paragraphs(note) }
        if !compiled.legalBasis.isEmpty { out += ["法律依据：" + compiled.legalBasis.map(escape).joined(separator: "；"), ""] }
        if includeConsultation, let consultation = compiled.consultation { out += ["**会商意见**", ""] + paragraphs(consultation) }
        if !compiled.outcomes.isEmpty {
            out += ["**复议诉讼情况**", ""]
            for (offset, outcome) in compiled.outcomes.enumerated() {
                out.append("\(offset + 1). \(escape(CompilationText.outcomeLine(outcome)))  ")
                out.append("   " + CompilationText.paragraphs(outcome.summary).map(escape).joined(separator: " "))
            }
            out.append("")
        }
        if let analysis = compiled.analysis { out += ["**评析**", ""] + paragraphs(analysis) }
        if !compiled.tags.isEmpty { out += ["关键词：" + compiled.tags.map(escape).joined(separator: "、"), ""] }
        return out
    }

    private func appendices(_ compilation: Compilation) -> [String] {
        var out = ["<a id=\"provisions\"></a>", "", "## \(CompilationText.provisionsHeading)", ""]
        out += ["| 条文 | 案例编号 |", "|---|---|"]
        for entry in compilation.provisionIndex {
            let links = entry.caseNumbers.map { "[\($0)](#case-\($0))" }.joined(separator: "、")
            out.append("| \(escape(entry.citation)) | \(links) |")
        }
        out += ["", "<a id=\"corrected\"></a>", "", "## \(CompilationText.correctedHeading)", ""]
        if compilation.correctedCases.isEmpty { out += ["本年度入选案例中没有被纠正的案例。", ""] }
        for entry in compilation.correctedCases {
            out.append("- [\(entry.number)](#\(entry.anchor)) \(escape(entry.title)) \(CompilationText.correctedBadge)")
            for outcome in entry.outcomes {
                out.append("  - " + escape([outcome.stage, outcome.body, "结果：\(outcome.result)", outcome.date].joined(separator: "　")))
            }
        }
        out.append("")
        return out
    }

    private func paragraphs(_ text: String) -> [String] {
        CompilationText.paragraphs(text).flatMap { [escape($0), ""] }
    }

    /// Backslash-escapes Markdown and HTML punctuation so record text stays text.
    func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|&~!".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
