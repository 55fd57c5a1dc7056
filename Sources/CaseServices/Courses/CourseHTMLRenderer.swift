import CaseLibrary
/// Renders a course pack as one self-contained HTML file (`course.html`): the compilation's inline
/// style sheet plus a few course rules, A4 print with each session on a new page, every text escaped.
public struct CourseHTMLRenderer: Sendable {
    /// Rules added to the compilation's style sheet.
    static let courseCSS = """
        section.session > h2 { margin-top: 1.5em; }
        blockquote.article { margin: .4em 0 1em; padding: .2em 1em; border-left: 3px solid var(--rule); background: #fafafa; }
        blockquote.article p { text-indent: 0; }
        p.byline { text-indent: 0; color: var(--muted); font-size: .92em; }
        ol.questions li { margin: .3em 0; }
        @media print {
          section.session { break-before: page; page-break-before: always; }
          section.session section.case { break-before: auto; page-break-before: auto; border-top: 1px solid var(--rule); padding-top: 1em; margin-top: 1.5em; }
          blockquote.article { break-inside: avoid; page-break-inside: avoid; }
        }
        """

    /// Makes a renderer.
    public init() {}

    /// The HTML document.
    public func render(_ course: Course) -> String {
        var out = [
            "<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\" />",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
            "<title>\(escape(course.title))</title>", "<style>", HTMLStyle.css, Self.courseCSS, "</style>", "</head>", "<body>",
            "<header class=\"title-page\">", "<h1>\(escape(course.title))</h1>",
        ]
        out += CourseText.facts(course).map { "<p>\(escape($0))</p>" }
        out += ["</header>", "<nav class=\"toc\">", "<h2>目录</h2>", "<ol>"]
        out += course.sessions.map { "<li><a href=\"#\($0.anchor)\">\(escape(CourseText.sessionHeading($0)))</a></li>" }
        out += ["</ol>", "</nav>"]
        for session in course.sessions { out += render(session) }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private func render(_ session: CourseSession) -> [String] {
        var out = ["<section class=\"session\" id=\"\(session.anchor)\">", "<h2>\(escape(CourseText.sessionHeading(session)))</h2>"]
        if CourseText.isEmpty(session) { out.append("<p class=\"meta\">\(CourseText.emptySession)</p>") }
        if !session.notes.isEmpty {
            out.append("<h3>\(CourseText.notesHeading)</h3>")
            for note in session.notes {
                out.append("<h4>\(escape(note.title))</h4>")
                if let byline = CourseText.noteByline(note) { out.append("<p class=\"byline\">\(escape(byline))</p>") }
                out += HTMLParagraphs.paragraphs(note.body)
            }
        }
        if !session.articles.isEmpty {
            out.append("<h3>\(CourseText.articlesHeading)</h3>")
            for article in session.articles {
                let version = CourseText.versionNote(article).map { " <span class=\"meta\">\(escape($0))</span>" } ?? ""
                out.append("<h4>\(escape(CourseText.articleHeading(article)))\(version)</h4>")
                out += ["<blockquote class=\"article\">"] + HTMLParagraphs.paragraphs(article.text) + ["</blockquote>"]
            }
        }
        if !session.cases.isEmpty {
            out.append("<h3>\(CourseText.casesHeading)</h3>")
            for compiled in session.cases { out += CompiledCaseHTML.render(compiled, category: nil, includeConsultation: false) }
        }
        if !session.questions.isEmpty {
            out += ["<h3>\(CourseText.questionsHeading)</h3>", "<ol class=\"questions\">"]
            out += session.questions.map { "<li>\(escape($0))</li>" }
            out.append("</ol>")
        }
        out.append("</section>")
        return out
    }

    private func escape(_ text: String) -> String { HTMLText.escape(text) }
}
