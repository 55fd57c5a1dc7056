import CaseLibrary

/// Scans the text fields of published records for personal identifiers, masking them when
/// redaction is on and remembering where each was found (`record-id field: kind`).
struct CaseTextCleaner {
    let scanner: PersonalDataScanner
    let redact: Bool
    private(set) var findings: [FieldFinding] = []

    init(scanner: PersonalDataScanner, redact: Bool) {
        self.scanner = scanner
        self.redact = redact
    }

    /// The text as it may be printed: masked when redacting, unchanged otherwise (the findings
    /// then make the build fail before anything is rendered).
    mutating func clean(_ text: String, record: String, field: String) -> String {
        let (masked, found) = Redactor.redact(text, scanner: scanner)
        findings += found.map { FieldFinding(recordID: record, field: field, kind: $0.kind) }
        return redact ? masked : text
    }

    mutating func clean(_ text: String?, record: String, field: String) -> String? {
        text.map { clean($0, record: record, field: field) }
    }

    mutating func clean(_ list: [String], record: String, field: String) -> [String] {
        list.enumerated().map { clean($0.element, record: record, field: "\(field)[\($0.offset)]") }
    }

    /// A published case with every text field cleaned.
    mutating func compiledCase(_ record: Record, number: String, outcomes: [Record]) -> CompiledCase {
        let id = record.id
        return CompiledCase(
            number: number, id: id, title: clean(record.title, record: id, field: "title"),
            category: record.category ?? "其他", unit: clean(record.unit ?? "", record: id, field: "unit"),
            applicantType: record.text("applicant_type") ?? "", received: record.text("received"),
            answered: record.text("answered"), regime: record.effectiveRegime,
            request: clean(record.text("request") ?? "", record: id, field: "request"), response: record.response ?? "",
            responseDetail: record.responseDetail,
            responseNote: clean(record.text("response_note"), record: id, field: "response_note"),
            legalBasis: clean(record.legalBasis, record: id, field: "legal_basis"),
            consultation: clean(record.text("consultation"), record: id, field: "consultation"),
            analysis: clean(record.text("analysis"), record: id, field: "analysis"),
            tags: clean(record.tags, record: id, field: "tags"),
            outcomes: outcomes.map { compiledOutcome($0) })
    }

    private mutating func compiledOutcome(_ record: Record) -> CompiledOutcome {
        let id = record.id
        return CompiledOutcome(
            id: id, stage: record.stage ?? "", body: clean(record.text("body") ?? "", record: id, field: "body"),
            number: clean(record.text("number"), record: id, field: "number"), date: record.date ?? "",
            result: record.result ?? "", summary: clean(record.text("summary") ?? "", record: id, field: "summary"),
            effect: record.effect ?? .other)
    }
}
