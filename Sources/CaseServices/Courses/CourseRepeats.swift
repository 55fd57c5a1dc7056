/// Prints each note, article, case and discussion question of a course once: material a later
/// session would repeat is replaced there by a reference back (`CourseReference`, rendered as
/// “见第一讲”), and a repeated question is left out. Articles get their anchors here.
enum CourseRepeats {
    /// The sessions with repeats turned into references.
    static func apply(_ sessions: [CourseSession]) -> [CourseSession] {
        var notes: [String: CourseReference] = [:]
        var articles: [String: CourseReference] = [:]
        var cases: [String: CourseReference] = [:]
        var questions = Set<String>()
        var articleCount = 0
        return sessions.map { original in
            var session = original
            var references: [CourseReference] = []
            session.notes = original.notes.filter { note in
                if let earlier = notes[note.id] { references.append(earlier); return false }
                notes[note.id] = CourseReference(kind: .note, title: note.title, session: session.number, anchor: note.anchor)
                return true
            }
            session.articles = original.articles.compactMap { article in
                let key = "\(article.lawKey)|\(article.version ?? "")|\(article.label)"
                if let earlier = articles[key] {
                    references.append(earlier)
                    return nil
                }
                articleCount += 1
                var placed = article
                placed.anchor = "article-\(articleCount)"
                articles[key] = CourseReference(
                    kind: .article, title: CourseText.articleHeading(article), session: session.number, anchor: placed.anchor)
                return placed
            }
            session.cases = original.cases.filter { compiled in
                if let earlier = cases[compiled.id] { references.append(earlier); return false }
                cases[compiled.id] = CourseReference(
                    kind: .case, title: "\(compiled.number)　\(compiled.title)", session: session.number, anchor: compiled.anchor)
                return true
            }
            session.questions = original.questions.filter { questions.insert($0).inserted }
            session.references = references
            return session
        }
    }
}
