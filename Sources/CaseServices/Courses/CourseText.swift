import CaseLibrary

/// Wording shared by the course renderers.
enum CourseText {
    static let notesHeading = "培训要点"
    static let articlesHeading = "相关条文"
    static let casesHeading = "典型案例"
    static let questionsHeading = "思考题"
    static let emptySession = "（本讲暂无选入的材料。）"

    /// Whether a session has nothing to print.
    static func isEmpty(_ session: CourseSession) -> Bool {
        session.notes.isEmpty && session.articles.isEmpty && session.cases.isEmpty && session.questions.isEmpty
            && session.references.isEmpty
    }

    /// `第一讲`.
    static func sessionName(_ number: Int) -> String { "第\(CaseLibrary.ChineseNumeral.format(number) ?? String(number))讲" }

    /// The references of one kind in a session.
    static func references(_ session: CourseSession, _ kind: CourseReference.Kind) -> [CourseReference] {
        session.references.filter { $0.kind == kind }
    }

    /// `另见` before the references of a part.
    static let seeAlso = "另见："

    /// `第一讲　title`.
    static func sessionHeading(_ session: CourseSession) -> String {
        "\(sessionName(session.number))　\(session.title)"
    }

    /// `《中华人民共和国政府信息公开条例》第三十二条`.
    static func articleHeading(_ article: CourseArticle) -> String { "《\(article.law)》\(article.label)" }

    /// `（2019-05-15 施行版本）`, or nothing when the version is unknown.
    static func versionNote(_ article: CourseArticle) -> String? { article.version.map { "（\($0) 施行版本）" } }

    /// `法制支队　2023-05-01`, or nil.
    static func noteByline(_ note: CourseNote) -> String? {
        let parts = [note.author, note.date].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "　")
    }

    /// The lines under the title: 培训对象 and 日期.
    static func facts(_ course: Course) -> [String] {
        [course.audience.map { "培训对象：\($0)" }, course.date.map { "日期：\($0)" }].compactMap { $0 }
    }
}
