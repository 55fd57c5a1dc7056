import CaseLibrary

/// A small document — sections of paragraphs, lists, tables and quotes — rendered as Markdown or
/// HTML from the same content, so the report says the same thing in every format.
public struct ReportDocument: Sendable {
    /// A block of a section.
    public enum Block: Sendable {
        /// A paragraph.
        case paragraph(String)
        /// A quoted passage (the application, an article's text).
        case quote(String)
        /// A bulleted list.
        case list([String])
        /// A table with a header row.
        case table(header: [String], rows: [[String]])
        /// A warning paragraph.
        case warning(String)
    }

    /// The title.
    public var title: String
    /// Lines under the title (date, revision).
    public var meta: [String]
    /// The sections, each a heading and its blocks.
    public var sections: [(heading: String, blocks: [Block])]

    /// The document as Markdown.
    public var markdown: String {
        var out = ["# \(Self.markdownEscape(title))", ""]
        for line in meta { out += ["- \(Self.markdownEscape(line))"] }
        out.append("")
        for (heading, blocks) in sections {
            out += ["## \(Self.markdownEscape(heading))", ""]
            for block in blocks {
                switch block {
                case let .paragraph(text): out += [Self.markdownEscape(text), ""]
                case let .warning(text): out += ["**⚠ \(Self.markdownEscape(text))**", ""]
                case let .quote(text):
                    out += text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + Self.markdownEscape(String($0)) } + [""]
                case let .list(items): out += items.map { "- " + Self.markdownEscape($0).replacingOccurrences(of: "\n", with: "\n  ") } + [""]
                case let .table(header, rows):
                    out.append("| " + header.map(Self.cell).joined(separator: " | ") + " |")
                    out.append("|" + header.map { _ in "---|" }.joined())
                    out += rows.map { "| " + $0.map(Self.cell).joined(separator: " | ") + " |" }
                    out.append("")
                }
            }
        }
        return out.joined(separator: "\n")
    }

    /// The document as a standalone HTML page (printable to PDF).
    public var html: String {
        func e(_ text: String) -> String { HTMLText.escape(text) }
        var out = ["<!doctype html>", "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">", "<title>\(e(title))</title>",
                   "<style>\(Self.style)</style></head><body>", "<h1>\(e(title))</h1>",
                   "<ul class=\"meta\">" + meta.map { "<li>\(e($0))</li>" }.joined() + "</ul>"]
        for (heading, blocks) in sections {
            out.append("<section><h2>\(e(heading))</h2>")
            for block in blocks {
                switch block {
                case let .paragraph(text): out.append("<p>\(e(text))</p>")
                case let .warning(text): out.append("<p class=\"warning\">⚠ \(e(text))</p>")
                case let .quote(text): out.append("<blockquote>" + text.split(separator: "\n").map { "<p>\(e(String($0)))</p>" }.joined() + "</blockquote>")
                case let .list(items): out.append("<ul>" + items.map { "<li>\(e($0).replacingOccurrences(of: "\n", with: "<br>"))</li>" }.joined() + "</ul>")
                case let .table(header, rows):
                    out.append("<table><thead><tr>" + header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
                        + rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined() + "</tbody></table>")
                }
            }
            out.append("</section>")
        }
        out.append("</body></html>")
        return out.joined(separator: "\n")
    }

    static let style = """
        body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7; color: #1f2328; }
        h1 { font-size: 1.6rem; text-align: center; } h2 { font-size: 1.2rem; border-bottom: 1px solid #d0d7de; margin-top: 1.8rem; }
        .meta { list-style: none; padding: 0; color: #57606a; text-align: center; } blockquote { margin: 0.5rem 0; padding: 0.25rem 1rem; border-left: 4px solid #d0d7de; color: #3d444d; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        .warning { color: #b42318; font-weight: 700; } li { margin: 0.3rem 0; }
        """

    static func markdownEscape(_ text: String) -> String { MarkdownText.escape(text) }

    static func cell(_ text: String) -> String { markdownEscape(text).replacingOccurrences(of: "\n", with: " ") }
}
