import CaseLibrary
/// Renders a compilation as one self-contained HTML file (`compilation.html`): inline CSS for
/// screen and A4 print, a linked table of contents, every record text escaped, every element
/// closed (void elements written as `<meta ... />`).
public struct HTMLRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The HTML document.
    /// - Parameters:
    ///   - compilation: what to render.
    ///   - pageNumbers: for print, the page of each anchor (`PagedPDFPrinter`): the table of contents
    ///     then shows page numbers, a blank of the same width for an anchor not yet placed; nil for
    ///     the screen file, which has none.
    public func render(_ compilation: Compilation, pageNumbers: [String: Int]? = nil) -> String {
        var out: [String] = [
            "<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\" />",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
            "<title>\(escape(compilation.title))</title>", "<style>", HTMLStyle.css, "</style>", "</head>", "<body>",
        ]
        out += titlePage(compilation)
        out += preface(compilation.preface)
        out += tableOfContents(compilation, pages: pageNumbers)
        out += statistics(compilation.statistics)
        out.append("<section id=\"cases\">")
        out.append("<h2>\(CompilationText.casesHeading)</h2>")
        for section in compilation.sections {
            out.append("<section class=\"category\" id=\"\(section.anchor)\">")
            for (offset, compiled) in section.cases.enumerated() {
                out += CompiledCaseHTML.render(compiled, category: offset == 0 ? section.category : nil, includeConsultation: compilation.includesConsultation)
            }
            out.append("</section>")
        }
        out.append("</section>")
        out += appendices(compilation)
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private func titlePage(_ compilation: Compilation) -> [String] {
        var out = ["<header class=\"title-page\">", "<h1>\(escape(compilation.title))</h1>"]
        out.append("<p>\(escape(compilation.issuingOffice))</p>")
        out.append("<p>\(compilation.year)年度</p>")
        if let date = compilation.generatedOn { out.append("<p>编印日期：\(escape(date))</p>") }
        out.append("</header>")
        return out
    }

    private func preface(_ preface: CompilationPreface) -> [String] {
        ["<section class=\"preface\" id=\"preface\">", "<h2>\(CompilationText.prefaceHeading)</h2>"]
            + preface.paragraphs.map { "<p>\(escape($0))</p>" } + ["</section>"]
    }

    private func tableOfContents(_ compilation: Compilation, pages: [String: Int]?) -> [String] {
        func entry(_ anchor: String, _ label: String, _ suffix: String = "") -> String {
            "<a href=\"#\(anchor)\">\(label)</a>\(suffix)\(PageReference.span(anchor, pages))"
        }
        var out = ["<nav class=\"toc\">", "<h2>目录</h2>", "<ol>"]
        out.append("<li>\(entry("preface", CompilationText.prefaceHeading))</li>")
        out.append("<li>\(entry("statistics", CompilationText.statisticsHeading))</li>")
        out.append("<li>\(entry("cases", CompilationText.casesHeading))")
        out.append("<ol>")
        for section in compilation.sections {
            out.append("<li>\(entry(section.anchor, escape(section.category)))")
            out.append("<ol>")
            for compiled in section.cases {
                out.append("<li>\(entry(compiled.anchor, "\(escape(compiled.number))　\(escape(compiled.title))", badge(compiled.isCorrected)))</li>")
            }
            out += ["</ol>", "</li>"]
        }
        out += ["</ol>", "</li>"]
        out.append("<li>\(entry("provisions", CompilationText.provisionsHeading))</li>")
        out.append("<li>\(entry("corrected", CompilationText.correctedHeading))</li>")
        out += ["</ol>", "</nav>"]
        return out
    }

    private func statistics(_ statistics: CompilationStatistics) -> [String] {
        var out = ["<section id=\"statistics\">", "<h2>\(CompilationText.statisticsHeading)</h2>"]
        out.append("<h3>\(CompilationText.statisticsTitle(statistics.year))</h3>")
        out += ReportTableHTML.applicationTable(statistics.report) + ReportTableHTML.proceedingTable(statistics.report)
        out += StatisticsText.notes(statistics).map { "<p class=\"meta\">\(escape($0))</p>" }
        out.append("</section>")
        return out
    }

    private func appendices(_ compilation: Compilation) -> [String] {
        var out = ["<section class=\"appendix\" id=\"provisions\">", "<h2>\(CompilationText.provisionsHeading)</h2>", "<table>"]
        out.append("<thead><tr><th>条文</th><th>案例编号</th></tr></thead>")
        out.append("<tbody>")
        for entry in compilation.provisionIndex {
            let links = entry.caseNumbers.map { "<a href=\"#case-\(escape($0))\">\(escape($0))</a>" }.joined(separator: "、")
            out.append("<tr><td>\(escape(entry.citation))</td><td class=\"nowrap\">\(links)</td></tr>")
        }
        out += ["</tbody>", "</table>", "</section>"]
        out += ["<section class=\"appendix\" id=\"corrected\">", "<h2>\(CompilationText.correctedHeading)</h2>"]
        if compilation.correctedCases.isEmpty { out.append("<p>本年度入选案例中没有被纠正的案例。</p>") }
        if !compilation.correctedCases.isEmpty {
            out += ["<table>",
                "<thead><tr><th class=\"nowrap\">编号</th><th>案例</th><th class=\"nowrap\">纠正阶段</th><th>机关</th>"
                    + "<th class=\"nowrap\">结果</th><th class=\"nowrap\">日期</th></tr></thead>", "<tbody>"]
            for entry in compilation.correctedCases {
                for outcome in entry.outcomes {
                    out.append(
                        "<tr><td class=\"nowrap\"><a href=\"#\(entry.anchor)\">\(escape(entry.number))</a></td>"
                            + "<td>\(escape(entry.title))\(badge(true))</td><td class=\"nowrap\">\(escape(outcome.stage))</td>"
                            + "<td>\(escape(outcome.body))</td><td class=\"nowrap\">\(escape(outcome.result))</td>"
                            + "<td class=\"nowrap\">\(escape(outcome.date))</td></tr>")
                }
            }
            out += ["</tbody>", "</table>"]
        }
        out.append("</section>")
        return out
    }

    private func cells(_ values: [Int]) -> String { values.map { "<td class=\"num\">\($0)</td>" }.joined() }

    private func badge(_ corrected: Bool) -> String { CompiledCaseHTML.badge(corrected) }

    /// Escapes `& < > " '` so record text can never become markup.
    func escape(_ text: String) -> String { HTMLText.escape(text) }
}
