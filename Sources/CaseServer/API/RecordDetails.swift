import CaseIndex
import CaseLibrary
import CaseServices

/// The JSON of `GET /api/records/{id}`: the whole record plus the records it relates to.
///
/// - A case: `{"record", "status", "outcomes"}` — its outcomes sorted by date, and `status` as
///   `OutcomeHistory` computes it (`corrected`, `upheld`, `pending` or `unchallenged`).
/// - Every record, when the library has statutes: `citations`, each cited provision resolved to
///   the version in force at the record's date, with its text.
/// - An outcome: `{"record", "effect", "case"}` — `case` is a summary of its case (null if absent).
/// - A training record: `{"record", "cases"}` — summaries of the cases it lists that exist.
///
/// Hidden records (drafts, restricted cases, and outcomes of hidden cases) are not found unless
/// `includeHidden` is set.
enum RecordDetails {
    /// The most outcomes listed for one case.
    static let maxOutcomes = 500

    /// The details of record `id`.
    ///
    /// - Throws: ``APIError`` 400 for an invalid id, 404 for an unknown or hidden one; index errors.
    static func json(id: String, includeHidden: Bool, reader: IndexReader, linker: CitationLinker? = nil) throws -> JSONValue {
        let record = try visibleRecord(id: id, includeHidden: includeHidden, reader: reader)
        var members: [(String, JSONValue)] = [("record", record.json)]
        switch record.kind {
        case .case:
            let outcomes = try self.outcomes(ofCase: id, reader: reader)
            members.append(("status", .string(OutcomeHistory(outcomes: outcomes).status.rawValue)))
            members.append(("outcomes", .array(outcomes.map { .object(outcomeMembers($0)) })))
        case .outcome:
            members.append(("effect", .string((record.effect ?? .other).rawValue)))
            let parent = try record.caseID.flatMap { try reader.item(id: $0) }
            members.append(("case", parent.map { .object(SearchJSON.summary($0)) } ?? .null))
        case .training:
            let listed = try record.list("cases").compactMap { try reader.item(id: $0) }
            let shown = listed.filter { includeHidden || ($0.record?.isVisibleByDefault ?? false) }
            members.append(("cases", .array(shown.map { .object(SearchJSON.summary($0)) })))
        }
        if let linker {
            let caseRecord = try record.caseID.flatMap { try reader.record(id: $0) }
            members.append(("citations", CitationJSON.citations(of: record, linker: linker, case: caseRecord)))
        }
        return .object(members)
    }

    /// The record `id` if it exists and may be shown.
    ///
    /// - Throws: ``APIError`` 400 for an id that is not 1–64 letters, digits, `-`, `_` or `.`;
    ///   404 when there is no such record or it is hidden and `includeHidden` is false.
    static func visibleRecord(id: String, includeHidden: Bool, reader: IndexReader) throws -> Record {
        guard RecordDecoder.isValidID(id) else {
            throw APIError.invalidParameter("id", "must be 1–64 letters, digits, '-', '_' or '.'")
        }
        guard let record = try reader.record(id: id) else { throw APIError.recordNotFound(id) }
        if !includeHidden, try !isVisible(record, reader: reader) { throw APIError.recordNotFound(id) }
        return record
    }

    /// Whether a record is shown by default; an outcome follows its case.
    static func isVisible(_ record: Record, reader: IndexReader) throws -> Bool {
        guard record.isVisibleByDefault else { return false }
        guard let caseID = record.caseID, let parent = try reader.record(id: caseID) else { return true }
        return parent.isVisibleByDefault
    }

    /// The outcomes of case `id`, oldest first (ties by id).
    static func outcomes(ofCase id: String, reader: IndexReader) throws -> [Record] {
        let query = IndexQuery.filter(.all, .and([.filterValue("kind", "outcome"), .filterValue("case", id)]))
        let found = try reader.run(query, offset: 0, limit: maxOutcomes, exactTotal: false)
        return found.matches.compactMap(\.item.record)
            .filter { $0.caseID == id }
            .sorted { ($0.date ?? "", $0.id) < ($1.date ?? "", $1.id) }
    }

    /// An outcome's fields plus its `effect`.
    static func outcomeMembers(_ outcome: Record) -> [(String, JSONValue)] {
        outcome.fields + [("effect", .string((outcome.effect ?? .other).rawValue))]
    }
}
