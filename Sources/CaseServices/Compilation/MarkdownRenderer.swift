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
        out += ["<a id=\"preface\"></a>", "", "## \(CompilationText.prefaceHeading)", ""]
        for paragraph in compilation.preface.paragraphs { out += [escape(paragraph), ""] }
        out += tableOfContents(compilation)
        out += statistics(compilation.statistics)
        out += cases(compilation)
        out += appendices(compilation)
        return out.joined(separator: "\n") + "\n"
    }

    private func tableOfContents(_ compilation: Compilation) -> [String] {
        var out = ["## 目录", "", "- [\(CompilationText.prefaceHeading)](#preface)", "- [\(CompilationText.statisticsHeading)](#statistics)", "- [\(CompilationText.casesHeading)](#cases)"]
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
        out += StatisticsMarkdown.render(statistics)
        out += StatisticsText.notes(statistics).flatMap { ["- \($0)"] }
        out.append("")
        return out
    }

    private func cases(_ compilation: Compilation) -> [String] {
        var out = ["<a id=\"cases\"></a>", "", "## \(CompilationText.casesHeading)", ""]
        for section in compilation.sections {
            out += ["<a id=\"\(section.anchor)\"></a>", "", "### \(section.category)", ""]
            for compiled in section.cases { out += CompiledCaseMarkdown.render(compiled, includeConsultation: compilation.includesConsultation) }
        }
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

    /// Backslash-escapes Markdown and HTML punctuation so record text stays text.
    func escape(_ text: String) -> String { MarkdownText.escape(text) }
}
