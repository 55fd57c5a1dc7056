/// Renders a course pack as Markdown (`course.md`); record and statute text is escaped, cases are
/// printed as in the compilation.
public struct CourseMarkdownRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The Markdown text.
    public func render(_ course: Course) -> String {
        var out = ["# \(escape(course.title))", ""]
        let facts = CourseText.facts(course).map(escape)
        if !facts.isEmpty { out += [facts.joined(separator: "  \n"), ""] }
        out += ["## 目录", ""]
        out += course.sessions.map { "- [\(escape(CourseText.sessionHeading($0)))](#\($0.anchor))" }
        out.append("")
        for session in course.sessions { out += render(session) }
        return out.joined(separator: "\n") + "\n"
    }

    private func render(_ session: CourseSession) -> [String] {
        var out = ["<a id=\"\(session.anchor)\"></a>", "", "## \(escape(CourseText.sessionHeading(session)))", ""]
        if CourseText.isEmpty(session) { out += [CourseText.emptySession, ""] }
        if !session.notes.isEmpty {
            out += ["### \(CourseText.notesHeading)", ""]
            for note in session.notes {
                out += ["#### \(escape(note.title))", ""]
                if let byline = CourseText.noteByline(note) { out += ["*\(escape(byline))*", ""] }
                out += MarkdownText.paragraphs(note.body)
            }
        }
        if !session.articles.isEmpty {
            out += ["### \(CourseText.articlesHeading)", ""]
            for article in session.articles {
                out += ["#### \(escape(CourseText.articleHeading(article)))", ""]
                if let version = CourseText.versionNote(article) { out += [escape(version), ""] }
                out += CompilationText.paragraphs(article.text).flatMap { ["> \(escape($0))", ">"] }.dropLast()
                out.append("")
            }
        }
        if !session.cases.isEmpty {
            out += ["### \(CourseText.casesHeading)", ""]
            for compiled in session.cases { out += CompiledCaseMarkdown.render(compiled, includeConsultation: false, headingLevel: 4) }
        }
        if !session.questions.isEmpty {
            out += ["### \(CourseText.questionsHeading)", ""]
            out += session.questions.enumerated().map { "\($0.offset + 1). \(escape($0.element))" }
            out.append("")
        }
        return out
    }

    private func escape(_ text: String) -> String { MarkdownText.escape(text) }
}
