/// A course pack ready to render: every record text in it is already redacted.
public struct Course: Sendable, Equatable {
    /// The course title.
    public let title: String
    /// Who it is for.
    public let audience: String?
    /// The course date.
    public let date: String?
    /// The sessions in teaching order.
    public let sessions: [CourseSession]
    /// What was left out and why (`2023-XH-0003: left out: not reviewed`), for the trainer, not printed.
    public let notices: [String]
}

/// One session of a course.
public struct CourseSession: Sendable, Equatable {
    /// The one-based session number.
    public let number: Int
    /// The session title.
    public let title: String
    /// The training material (培训要点).
    public let notes: [CourseNote]
    /// The articles cited by the session's material and spec, in full (相关条文).
    public let articles: [CourseArticle]
    /// The illustrative cases (典型案例): reviewed, secrecy-checked, not restricted, redacted.
    public let cases: [CompiledCase]
    /// The discussion questions (思考题) of the training material.
    public let questions: [String]
    /// An anchor for links.
    public var anchor: String { "session-\(number)" }
}

/// A training record as printed in a course.
public struct CourseNote: Sendable, Equatable {
    /// The record id.
    public let id: String
    /// The title.
    public let title: String
    /// The author (a role or unit), if any.
    public let author: String?
    /// The date, if any.
    public let date: String?
    /// The body without its 思考题 section.
    public let body: String
}

/// A statute article printed in full.
public struct CourseArticle: Sendable, Equatable {
    /// The statute's title (`中华人民共和国政府信息公开条例`).
    public let law: String
    /// The law's comparison key.
    public let lawKey: String
    /// The effective date of the version quoted, if known.
    public let version: String?
    /// The article number.
    public let number: Int
    /// The article label (`第三十二条`).
    public let label: String
    /// The whole article text.
    public let text: String
}
