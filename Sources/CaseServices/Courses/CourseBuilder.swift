import CaseLibrary

/// Assembles a course pack from a spec and the library's records.
///
/// For each session: the training material named by id or found by the query (培训要点); the
/// illustrative cases named or found (典型案例) — only cases that are reviewed, secrecy-checked
/// and not restricted, with every personal identifier masked as in the compilation; every
/// article cited by that material or listed in the spec, in full, in the version the citation
/// resolves to (相关条文); and the 思考题 of the training material. Nothing is read from a clock.
public struct CourseBuilder {
    private let linker: CitationLinker
    private let scanner: PersonalDataScanner

    /// Makes a builder.
    /// - Parameters:
    ///   - linker: resolves citations to statute articles.
    ///   - scanner: finds personal identifiers to mask.
    public init(linker: CitationLinker, scanner: PersonalDataScanner = PersonalDataScanner()) {
        self.linker = linker
        self.scanner = scanner
    }

    /// Whether a case may illustrate a course: reviewed, secrecy-checked and not restricted.
    public static func isTeachable(_ record: Record) -> Bool {
        record.isPrintable
    }

    /// Builds the course.
    /// - Parameters:
    ///   - spec: the course spec.
    ///   - records: every record of the library.
    ///   - search: runs the sessions' queries.
    /// - Throws: `CourseError` (`searchFailed`) when a query cannot be run.
    public func build(_ spec: CourseSpec, records: [Record], search: any CourseSearching) throws(CourseError) -> Course {
        var byID: [String: Record] = [:]
        for record in records where byID[record.id] == nil || record.kind != .outcome { byID[record.id] = record }
        let outcomes = CompilationBuilder.outcomesByCase(records)
        var notices: [String] = []
        var redactions: [FieldFinding] = []
        var sessions: [CourseSession] = []
        for (offset, session) in spec.sessions.enumerated() {
            var chosen = try select(session, byID: byID, search: search, notices: &notices)
            chosen.cases = chosen.cases.filter { record in
                if Self.isTeachable(record) { return true }
                notices.append("第\(offset + 1)讲“\(session.title)”：\(record.id) 未选入：只选用已审核、已做保密审查、非限定范围的案例")
                return false
            }
            sessions.append(makeSession(
                number: offset + 1, spec: session, courseDate: spec.date, notes: chosen.notes, cases: chosen.cases,
                outcomes: outcomes, notices: &notices, redactions: &redactions))
        }
        var course = Course(
            title: spec.title, audience: spec.audience, date: spec.date, sessions: CourseRepeats.apply(sessions), notices: notices)
        course.redactions = redactions
        return course
    }

    private func select(
        _ session: CourseSpec.Session, byID: [String: Record], search: any CourseSearching, notices: inout [String]
    ) throws(CourseError) -> (notes: [Record], cases: [Record]) {
        var notes: [Record] = []
        var cases: [Record] = []
        func add(_ record: Record) {
            if record.kind == .training, !notes.contains(where: { $0.id == record.id }) { notes.append(record) }
            if record.kind == .case, !cases.contains(where: { $0.id == record.id }) { cases.append(record) }
        }
        for id in session.records {
            guard let record = byID[id], record.kind != .outcome else {
                throw CourseError(code: .invalidSpec, message: "课节 ‘\(session.title)’：\(id)：没有这个编号的培训材料或案例")
            }
            add(record)
        }
        if let query = session.query {
            for id in try search.ids(matching: query, kind: .training, limit: session.limit) { if let record = byID[id] { add(record) } }
            // Ask for more cases than needed: hits that may not be taught are dropped.
            let found = try search.ids(matching: query, kind: .case, limit: session.limit * 4).compactMap { byID[$0] }
            for record in found.filter(Self.isTeachable).prefix(session.limit) { add(record) }
        }
        return (notes, cases)
    }

    private func makeSession(
        number: Int, spec: CourseSpec.Session, courseDate: String?, notes: [Record], cases: [Record],
        outcomes: [String: [Record]], notices: inout [String], redactions: inout [FieldFinding]
    ) -> CourseSession {
        var cleaner = CaseTextCleaner(scanner: scanner, redact: true)
        let compiled = cases.enumerated().map { index, record in
            cleaner.compiledCase(record, number: "\(number)-\(index + 1)", outcomes: outcomes[record.id] ?? [])
        }
        var questions: [String] = []
        let courseNotes = notes.map { record -> CourseNote in
            let (body, found) = DiscussionQuestions.split(record.text("body") ?? "")
            questions += found.map { cleaner.clean($0, record: record.id, field: "body") }.filter { !questions.contains($0) }
            return CourseNote(
                id: record.id, title: cleaner.clean(record.title, record: record.id, field: "title"),
                author: cleaner.clean(record.text("author"), record: record.id, field: "author"), date: record.date,
                body: cleaner.clean(body, record: record.id, field: "body"))
        }
        redactions += cleaner.findings
        var articles = listedArticles(spec, number: number, on: courseDate, notices: &notices)
        var cited: [CourseArticle] = []
        for record in notes + cases {
            for linked in linker.citations(in: record) {
                guard let text = linked.articleText else { continue }
                cited.append(CourseArticle(
                    law: linked.law, lawKey: linked.lawKey, version: linked.version, number: linked.articleNumber,
                    label: linked.article, text: text))
            }
        }
        cited.sort { ($0.lawKey, $0.version ?? "", $0.number, $0.label) < ($1.lawKey, $1.version ?? "", $1.number, $1.label) }
        for article in cited where !articles.contains(where: { Self.same($0, article) }) { articles.append(article) }
        return CourseSession(
            number: number, title: spec.title, notes: courseNotes, articles: articles, cases: compiled, questions: questions)
    }

    private func listedArticles(_ spec: CourseSpec.Session, number: Int, on date: String?, notices: inout [String]) -> [CourseArticle] {
        var out: [CourseArticle] = []
        for text in spec.articles {
            for citation in linker.parser.citations(in: text) {
                let document = citation.versionHint.map { linker.document(for: citation.canonicalLaw, hint: $0, date: date) }
                    ?? linker.statutes.document(for: citation.canonicalLaw, inForceOn: date)
                guard let document, let article = linker.article(citation, in: document) else {
                    notices.append("第\(number)讲“\(spec.title)”：\(citation) 在条文库中没有所指的版本，未印出")
                    continue
                }
                let found = CourseArticle(
                    law: document.title, lawKey: citation.canonicalLaw, version: document.effectiveDate, number: article.number,
                    label: article.label, text: article.text)
                if !out.contains(where: { Self.same($0, found) }) { out.append(found) }
            }
        }
        return out
    }

    private static func same(_ lhs: CourseArticle, _ rhs: CourseArticle) -> Bool {
        lhs.lawKey == rhs.lawKey && lhs.version == rhs.version && lhs.label == rhs.label
    }

}
