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
        p.see-also { text-indent: 0; color: var(--muted); }
        @media print {
          section.session { break-before: page; page-break-before: always; }
          section.session section.case { break-before: auto; page-break-before: auto; border-top: 1px solid var(--rule); padding-top: 1em; margin-top: 1.5em; }
          blockquote.article { break-inside: avoid; page-break-inside: avoid; }
        }
        """

    /// Makes a renderer.
    public init() {}

    /// The HTML document.
    /// - Parameters:
    ///   - course: what to render.
    ///   - pageNumbers: for print, the page of each anchor (`PagedPDFPrinter`): the table of contents and
    ///     the references back (见第一讲，第5页) then show page numbers; nil for the screen file.
    public func render(_ course: Course, pageNumbers: [String: Int]? = nil) -> String {
        var out = [
            "<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\" />",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
            "<title>\(escape(course.title))</title>", "<style>", HTMLStyle.css, Self.courseCSS, "</style>", "</head>", "<body>",
            "<header class=\"title-page\">", "<h1>\(escape(course.title))</h1>",
        ]
        out += CourseText.facts(course).map { "<p>\(escape($0))</p>" }
        out += ["</header>", "<nav class=\"toc\">", "<h2>目录</h2>", "<ol>"]
        out += course.sessions.map {
            "<li><a href=\"#\($0.anchor)\">\(escape(CourseText.sessionHeading($0)))</a>\(PageReference.span($0.anchor, pageNumbers))</li>"
        }
        out += ["</ol>", "</nav>"]
        for session in course.sessions { out += render(session, pages: pageNumbers) }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// `另见：<a>《…》第十五条</a>（见第一讲，第5页）`, one paragraph per reference of `kind`.
    private func references(_ session: CourseSession, _ kind: CourseReference.Kind, pages: [String: Int]?) -> [String] {
        CourseText.references(session, kind).map {
            "<p class=\"see-also\">\(CourseText.seeAlso)<a href=\"#\($0.anchor)\">\(escape($0.title))</a>（见\(CourseText.sessionName($0.session))"
                + "\(PageReference.inline($0.anchor, pages))）</p>"
        }
    }

    private func render(_ session: CourseSession, pages: [String: Int]?) -> [String] {
        var out = ["<section class=\"session\" id=\"\(session.anchor)\">", "<h2>\(escape(CourseText.sessionHeading(session)))</h2>"]
        if CourseText.isEmpty(session) { out.append("<p class=\"meta\">\(CourseText.emptySession)</p>") }
        if !session.notes.isEmpty || !CourseText.references(session, .note).isEmpty {
            out.append("<h3>\(CourseText.notesHeading)</h3>")
            for note in session.notes {
                out.append("<h4 id=\"\(escape(note.anchor))\">\(escape(note.title))</h4>")
                if let byline = CourseText.noteByline(note) { out.append("<p class=\"byline\">\(escape(byline))</p>") }
                out += HTMLParagraphs.paragraphs(note.body)
            }
            out += references(session, .note, pages: pages)
        }
        if !session.articles.isEmpty || !CourseText.references(session, .article).isEmpty {
            out.append("<h3>\(CourseText.articlesHeading)</h3>")
            for article in session.articles {
                let version = CourseText.versionNote(article).map { " <span class=\"meta\">\(escape($0))</span>" } ?? ""
                out.append("<h4 id=\"\(article.anchor)\">\(escape(CourseText.articleHeading(article)))\(version)</h4>")
                out += ["<blockquote class=\"article\">"] + HTMLParagraphs.paragraphs(article.text) + ["</blockquote>"]
            }
            out += references(session, .article, pages: pages)
        }
        if !session.cases.isEmpty || !CourseText.references(session, .case).isEmpty {
            out.append("<h3>\(CourseText.casesHeading)</h3>")
            for compiled in session.cases { out += CompiledCaseHTML.render(compiled, category: nil, includeConsultation: false) }
            out += references(session, .case, pages: pages)
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
