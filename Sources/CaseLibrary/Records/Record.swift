/// One record of the library — a case, an outcome or a training material — as validated fields
/// in the spec's order. Keeping the fields as JSON values makes import → file → export lossless;
/// the typed properties below are the views services use.
public struct Record: Sendable, Equatable {
    /// The record's kind.
    public let kind: RecordKind
    /// The fields present, in the spec's order (`id` and `kind` first).
    public let fields: [(String, JSONValue)]

    /// Makes a record from fields already checked by `RecordDecoder`; reorders them into spec order.
    init(kind: RecordKind, validatedFields: [(String, JSONValue)]) {
        self.kind = kind
        let order = RecordSchema.fields(for: kind).map(\.name)
        self.fields = validatedFields.sorted { a, b in
            (order.firstIndex(of: a.0) ?? order.count) < (order.firstIndex(of: b.0) ?? order.count)
        }
    }

    /// Whether two records have the same kind and the same fields with equal values, in the same order.
    public static func == (lhs: Record, rhs: Record) -> Bool {
        lhs.kind == rhs.kind && lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    /// The record as one JSON object (for export).
    public var json: JSONValue { .object(fields) }

    /// The fields that relate records to each other: identity, review and scope (whether members see
    /// it), an outcome's case, stage, result and date (its case's status), and the cases a training
    /// record names. Not the texts, not even the title: a record is read again whole when its
    /// document is made (and a case's title, for its outcomes' documents, from its file), so a
    /// million slim records fit in a few hundred megabytes.
    public static let slimFields: Set<String> = ["id", "stage", "review", "scope", "case", "result", "date", "cases"]

    /// The record with only `slimFields`: enough to check references, decide visibility and derive a
    /// case's status, in a fraction of the memory.
    public var slim: Record {
        Record(kind: kind, validatedFields: fields.compactMap { name, value in
            guard Self.slimFields.contains(name) else { return nil }
            // Of the review, visibility needs its status only (not the reviewer, date or secrecy check).
            if name == "review", let status = value["status"] { return (name, .object([("status", status)])) }
            return (name, value)
        })
    }

    /// The value of a field, or nil when absent.
    public subscript(field: String) -> JSONValue? { fields.first(where: { $0.0 == field })?.1 }

    /// The record with `field` set to `value` (removed when nil), in spec order — for views that
    /// show a record with less than it holds (a training record's `cases`, to a member, lists only
    /// the cases the member may see).
    public func replacing(_ field: String, with value: JSONValue?) -> Record {
        var updated = fields.filter { $0.0 != field }
        if let value { updated.append((field, value)) }
        return Record(kind: kind, validatedFields: updated)
    }

    /// A string field, or nil.
    public func text(_ field: String) -> String? { self[field]?.stringValue }

    /// A list-of-strings field; empty when absent.
    public func list(_ field: String) -> [String] {
        guard case let .array(items)? = self[field] else { return [] }
        return items.compactMap(\.stringValue)
    }

    /// A boolean field, or nil.
    public func flag(_ field: String) -> Bool? {
        if case let .bool(value)? = self[field] { return value }
        return nil
    }

    /// The record's id.
    public var id: String { text("id") ?? "" }
    /// The title of a case or training record; for an outcome, its stage and body.
    public var title: String { text("title") ?? [text("stage"), text("body")].compactMap { $0 }.joined(separator: " ") }
    /// The year of a case; the year of an outcome's or training record's date.
    public var year: Int? {
        if let year = self["year"]?.intValue { return year }
        return text("date").flatMap { Int($0.prefix(4)) }
    }
}

// MARK: - Case views

extension Record {
    /// The handling unit of a case.
    public var unit: String? { text("unit") }
    /// The category of a case.
    public var category: String? { text("category") }
    /// The response group of a case.
    public var response: String? { text("response") }
    /// The annual-report sub-row of a case's response.
    public var responseDetail: String? { text("response_detail") }
    /// Cited provisions of a case.
    public var legalBasis: [String] { list("legal_basis") }
    /// Tags of a case.
    public var tags: [String] { list("tags") }
    /// Whether a case was handled as a hard application.
    public var isHard: Bool { flag("hard") ?? false }
    /// The review status (`draft`, `submitted`, `reviewed`, `rejected`) of a case; nil for other kinds.
    public var reviewStatus: String? { self["review"]?["status"]?.stringValue }
    /// Whether a case's secrecy check was done.
    public var secrecyChecked: Bool {
        if case let .bool(value)? = self["review"]?["secrecy_checked"] { return value }
        return false
    }
    /// Whether a case may appear in the yearly compilation.
    public var isPublishable: Bool { flag("publishable") ?? false }
    /// `internal` (the default) or `restricted`.
    public var scope: String { text("scope") ?? RecordScope.internal.rawValue }
    /// The OGI Regulations version that applied: the field when given, else by the response or
    /// received date (2019 from 2019-05-15), else by year.
    public var effectiveRegime: String {
        if let regime = text("regime") { return regime }
        if let date = text("answered") ?? text("received") { return date >= "2019-05-15" ? "2019" : "2008" }
        return (year ?? 2019) >= 2020 ? "2019" : "2008"
    }
}

// MARK: - Outcome and training views

extension Record {
    /// The case an outcome concerns.
    public var caseID: String? { kind == .outcome ? text("case") : nil }
    /// The stage of an outcome.
    public var stage: String? { text("stage") }
    /// The result of an outcome.
    public var result: String? { text("result") }
    /// How an outcome counts: upheld, corrected or other.
    public var effect: OutcomeEffect? { result.map(Vocabulary.effect(ofResult:)) }
    /// The date of an outcome or training record.
    public var date: String? { text("date") }
}
