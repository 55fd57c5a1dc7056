import CaseLibrary
import CaseServices

/// The JSON of `GET /api/records/{id}`: the whole record plus the records it relates to.
///
/// - A case: `{"record", "status", "outcomes"}` — its outcomes in order (date, then stage), and
///   `status` as `OutcomeHistory` computes it (`unchallenged`, `upheld`, `corrected` or `other`).
/// - Every record, when the library has statutes: `citations`, each cited provision resolved to
///   the version in force at the record's date, with its text.
/// - An outcome: `{"record", "effect", "case"}` — `case` is a summary of its case (null if absent).
/// - A training record: `{"record", "cases"}` — summaries of the listed cases the caller may see.
enum RecordJSON {
    /// The JSON of a record view.
    static func view(_ view: RecordView) -> JSONValue {
        let record = view.record
        var members: [(String, JSONValue)] = [("record", record.json)]
        switch record.kind {
        case .case:
            let history = view.history ?? OutcomeHistory(outcomes: [])
            members.append(("status", .string(history.status.rawValue)))
            members.append(("status_label", .string(history.status.label)))
            members.append(("outcomes", .array(history.outcomes.map { .object(outcomeMembers($0)) })))
        case .outcome:
            members.append(("effect", .string((record.effect ?? .other).rawValue)))
            members.append(("case", view.parent.map { .object(SearchJSON.summary($0)) } ?? .null))
        case .training:
            members.append(("cases", .array(view.listedCases.map { .object(SearchJSON.summary($0)) })))
        }
        if let citations = view.citations { members.append(("citations", CitationJSON.citations(citations))) }
        return .object(members)
    }

    /// An outcome's fields plus its `effect`.
    static func outcomeMembers(_ outcome: Record) -> [(String, JSONValue)] {
        outcome.fields + [("effect", .string((outcome.effect ?? .other).rawValue))]
    }
}
