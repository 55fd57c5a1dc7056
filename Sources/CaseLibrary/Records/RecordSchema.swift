/// The kinds of record in the interchange format (`../shared/spec/case-jsonl.md`).
public enum RecordKind: String, CaseIterable, Sendable, Codable {
    /// One disclosure application and how it was handled.
    case `case`
    /// A reconsideration or litigation decision about a case.
    case outcome
    /// Training material.
    case training

    /// The folder under `Cases/` that holds records of this kind.
    public var folderName: String {
        switch self {
        case .case: return "cases"
        case .outcome: return "outcomes"
        case .training: return "training"
        }
    }
}

/// The type of a field's value.
public indirect enum FieldType: Sendable, Equatable {
    case string
    case integer
    case boolean
    /// A `YYYY-MM-DD` string that must be a real calendar date.
    case date
    case stringList
    case object([FieldSpec])
}

/// One field of a record kind: its name, type, whether it is required, and its allowed values.
public struct FieldSpec: Sendable, Equatable {
    /// The field's JSON key (`response_detail`).
    public let name: String
    /// The type its value must have.
    public let type: FieldType
    /// Whether a record must have the field (a required string must also not be blank).
    public let required: Bool
    /// When set, the only values a string (or each list item) may take.
    public let allowed: [String]?
    /// Long prose, stored as a `## name` section in record files rather than a header line.
    public let isLongText: Bool

    init(_ name: String, _ type: FieldType, required: Bool = false, allowed: [String]? = nil, long: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
        self.allowed = allowed
        self.isLongText = long
    }
}

/// The fields of each record kind, in the order the spec lists them (which is also export order).
public enum RecordSchema {
    /// The review object of a case.
    public static let reviewFields: [FieldSpec] = [
        FieldSpec("status", .string, required: true, allowed: Vocabulary.reviewStatuses),
        FieldSpec("reviewer", .string),
        FieldSpec("date", .date),
        FieldSpec("secrecy_checked", .boolean, required: true),
    ]

    /// The fields of a case.
    public static let caseFields: [FieldSpec] = [
        FieldSpec("id", .string, required: true),
        FieldSpec("kind", .string, required: true),
        FieldSpec("title", .string, required: true),
        FieldSpec("year", .integer, required: true),
        FieldSpec("unit", .string, required: true),
        FieldSpec("received", .date),
        FieldSpec("answered", .date),
        FieldSpec("regime", .string, allowed: Vocabulary.regimes),
        FieldSpec("applicant_type", .string, required: true, allowed: Vocabulary.applicantTypes),
        FieldSpec("applicant_subtype", .string, allowed: Vocabulary.applicantSubtypes),
        FieldSpec("category", .string, required: true, allowed: Vocabulary.categories),
        FieldSpec("request", .string, required: true, long: true),
        FieldSpec("response", .string, required: true, allowed: Vocabulary.responses),
        FieldSpec("response_detail", .string, allowed: Vocabulary.allResponseDetails),
        FieldSpec("response_note", .string, long: true),
        FieldSpec("legal_basis", .stringList),
        FieldSpec("hard", .boolean),
        FieldSpec("consultation", .string, long: true),
        FieldSpec("analysis", .string, long: true),
        FieldSpec("tags", .stringList),
        FieldSpec("review", .object(reviewFields), required: true),
        FieldSpec("publishable", .boolean),
        FieldSpec("scope", .string, allowed: Vocabulary.scopes),
    ]

    /// The fields of an outcome.
    public static let outcomeFields: [FieldSpec] = [
        FieldSpec("id", .string, required: true),
        FieldSpec("kind", .string, required: true),
        FieldSpec("case", .string, required: true),
        FieldSpec("stage", .string, required: true, allowed: Vocabulary.stages),
        FieldSpec("body", .string, required: true),
        FieldSpec("number", .string),
        FieldSpec("date", .date, required: true),
        FieldSpec("result", .string, required: true, allowed: Vocabulary.allResults),
        FieldSpec("summary", .string, required: true, long: true),
    ]

    /// The fields of a training record.
    public static let trainingFields: [FieldSpec] = [
        FieldSpec("id", .string, required: true),
        FieldSpec("kind", .string, required: true),
        FieldSpec("title", .string, required: true),
        FieldSpec("date", .date),
        FieldSpec("author", .string),
        FieldSpec("audience", .string),
        FieldSpec("topics", .stringList),
        FieldSpec("cases", .stringList),
        FieldSpec("body", .string, required: true, long: true),
    ]

    /// The fields of `kind`.
    public static func fields(for kind: RecordKind) -> [FieldSpec] {
        switch kind {
        case .case: return caseFields
        case .outcome: return outcomeFields
        case .training: return trainingFields
        }
    }
}
