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

    /// `另见：《…》第十五条（见第一讲）`, one line per reference of `kind`.
    private func references(_ session: CourseSession, _ kind: CourseReference.Kind) -> [String] {
        let found = CourseText.references(session, kind)
        guard !found.isEmpty else { return [] }
        return found.map { "\(CourseText.seeAlso)[\(escape($0.title))](#\($0.anchor))（见\(CourseText.sessionName($0.session))）  " } + [""]
    }

    private func render(_ session: CourseSession) -> [String] {
        var out = ["<a id=\"\(session.anchor)\"></a>", "", "## \(escape(CourseText.sessionHeading(session)))", ""]
        if CourseText.isEmpty(session) { out += [CourseText.emptySession, ""] }
        if !session.notes.isEmpty || !CourseText.references(session, .note).isEmpty {
            out += ["### \(CourseText.notesHeading)", ""]
            for note in session.notes {
                out += ["<a id=\"\(note.anchor)\"></a>", "", "#### \(escape(note.title))", ""]
                if let byline = CourseText.noteByline(note) { out += ["*\(escape(byline))*", ""] }
                out += MarkdownText.paragraphs(note.body)
            }
            out += references(session, .note)
        }
        if !session.articles.isEmpty || !CourseText.references(session, .article).isEmpty {
            out += ["### \(CourseText.articlesHeading)", ""]
            for article in session.articles {
                out += ["<a id=\"\(article.anchor)\"></a>", "", "#### \(escape(CourseText.articleHeading(article)))", ""]
                if let version = CourseText.versionNote(article) { out += [escape(version), ""] }
                out += CompilationText.paragraphs(article.text).flatMap { ["> \(escape($0))", ">"] }.dropLast()
                out.append("")
            }
            out += references(session, .article)
        }
        if !session.cases.isEmpty || !CourseText.references(session, .case).isEmpty {
            out += ["### \(CourseText.casesHeading)", ""]
            for compiled in session.cases { out += CompiledCaseMarkdown.render(compiled, includeConsultation: false, headingLevel: 4) }
            out += references(session, .case)
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
