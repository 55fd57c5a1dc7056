import CaseLibrary

/// A course pack ready to render: every record text in it is already redacted.
public struct Course: Sendable, Equatable {
    /// The course title.
    public let title: String
    /// Who it is for.
    public let audience: String?
    /// The course date.
    public let date: String?
    /// The sessions in teaching order.
    public var sessions: [CourseSession]
    /// What was left out and why, for the trainer, not printed.
    public let notices: [String]
    /// The personal data masked in the printed text, by record and field (never the values).
    public var redactions: [FieldFinding] = []
}

/// One session of a course.
public struct CourseSession: Sendable, Equatable {
    /// The one-based session number.
    public let number: Int
    /// The session title.
    public let title: String
    /// The training material (培训要点) first printed in this session.
    public var notes: [CourseNote]
    /// The articles cited by the session's material and spec, in full (相关条文), first printed here.
    public var articles: [CourseArticle]
    /// The illustrative cases (典型案例): reviewed, secrecy-checked, not restricted, redacted; first printed here.
    public var cases: [CompiledCase]
    /// The discussion questions (思考题) of the training material.
    public var questions: [String]
    /// Material of this session already printed in an earlier one, referred back to (见第一讲).
    public var references: [CourseReference] = []
    /// An anchor for links.
    public var anchor: String { "session-\(number)" }
}

/// A note, article or case printed in an earlier session, referred back to instead of repeated.
public struct CourseReference: Sendable, Equatable {
    /// What is referred to.
    public enum Kind: String, Sendable, Equatable {
        /// A training record (培训要点).
        case note
        /// A statute article (相关条文).
        case article
        /// A case (典型案例).
        case `case`
    }

    /// What is referred to.
    public let kind: Kind
    /// Its heading as printed there (a note's title, `《条例》第十五条`, `1-2　case title`).
    public let title: String
    /// The session it is printed in.
    public let session: Int
    /// The anchor it is printed at.
    public let anchor: String
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
    /// An anchor for links (`note-T-2023-01`).
    public var anchor: String { "note-\(id)" }
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
    /// An anchor for links (`article-政府信息公开条例-2019-05-15-32` made safe: see `CourseRepeats`).
    public var anchor: String = ""
}
