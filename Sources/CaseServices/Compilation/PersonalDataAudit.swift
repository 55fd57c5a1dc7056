import CaseLibrary

/// Lists the personal data still in the records a reader may see, by record and field — for
/// `validate` (a warning per finding) and for the CLI's listing before a compilation or course
/// pack is written.
///
/// A record is *publishable* here when it can reach print: a case that is `reviewed` and not
/// `restricted`, an outcome of such a case, and any training record (course packs print them).
public enum PersonalDataAudit {
    /// The text fields scanned, per kind, in file order.
    public static func fields(of kind: RecordKind) -> [String] {
        switch kind {
        case .case: return ["title", "unit", "request", "response_note", "legal_basis", "consultation", "analysis", "tags"]
        case .outcome: return ["body", "number", "summary"]
        case .training: return ["title", "author", "body"]
        }
    }

    /// Whether a record can reach print (see the type's discussion).
    /// - Parameters:
    ///   - record: the record.
    ///   - cases: the library's cases by id (for an outcome's case).
    public static func isPublishable(_ record: Record, cases: [String: Record]) -> Bool {
        switch record.kind {
        case .case: return record.reviewStatus == "reviewed" && record.scope != "restricted"
        case .outcome: return record.caseID.flatMap { cases[$0] }.map { isPublishable($0, cases: cases) } ?? false
        case .training: return true
        }
    }

    /// Every finding in one record's text fields (`legal_basis[1]`, `tags[0]` for list items).
    public static func findings(in record: Record, scanner: PersonalDataScanner = PersonalDataScanner()) -> [FieldFinding] {
        var out: [FieldFinding] = []
        for field in fields(of: record.kind) {
            let values: [(String, String)]
            if field == "legal_basis" || field == "tags" {
                values = record.list(field).enumerated().map { ("\(field)[\($0.offset)]", $0.element) }
            } else {
                values = record.text(field).map { [(field, $0)] } ?? []
            }
            for (name, text) in values {
                out += scanner.scan(text).map { FieldFinding(recordID: record.id, field: name, kind: $0.kind) }
            }
        }
        return out
    }

    /// The findings of every publishable record, in record order.
    public static func publishableFindings(in records: [Record], scanner: PersonalDataScanner = PersonalDataScanner()) -> [FieldFinding] {
        var cases: [String: Record] = [:]
        for record in records where record.kind == .case { cases[record.id] = record }
        return records.filter { isPublishable($0, cases: cases) }.flatMap { findings(in: $0, scanner: scanner) }
    }
}
