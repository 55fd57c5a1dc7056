import CaseLibrary

/// Turns library records into index documents.
public enum RecordDocuments {
    /// The index sources of a library's valid record files — the one place that applies the
    /// visibility rule when indexing: an outcome of a hidden case (draft, unreviewed, restricted) is
    /// hidden too (see `Record.isVisible(caseOf:)`). An outcome is shown in lists with its case's
    /// title; its content hash carries both, so a change of the case's visibility or title
    /// re-indexes its outcomes.
    /// - Parameters:
    ///   - pending: outcomes added through the service that wait for a reviewer's approval: hidden
    ///     until approved.
    ///   - elements: the office's legal elements (`Cases/elements.txt`), indexed on cases; their
    ///     fingerprint is part of every case's content hash, so editing them re-indexes the cases.
    /// - Parameter whole: reads a record whole when `contents` was loaded slim (`LibraryFolder.load(slim:)`);
    ///   a record that no longer reads, or whose slim fields changed since (a writer was at work), is
    ///   left out of this run — its file's hash no longer matches, so the next update indexes it.
    public static func sources(_ contents: LibraryContents, pending: Set<String> = [],
                               elements: LegalElements = LegalElements(),
                               whole: (@Sendable (StoredRecord) -> Record?)? = nil) -> [IndexSource] {
        let cases = Dictionary(contents.records.map(\.record).filter { $0.kind == .case }.map { ($0.id, $0) },
                               uniquingKeysWith: { first, _ in first })
        // A case's status counts only the outcomes members may see: not one waiting for approval.
        let outcomes = Dictionary(grouping: contents.records.map(\.record).filter { $0.kind == .outcome && !pending.contains($0.id) }) {
            $0.caseID ?? ""
        }
        return contents.records.map { stored in
            let parent = stored.record.caseID.flatMap { cases[$0] }
            let waiting = stored.record.kind == .outcome && pending.contains(stored.record.id)
            let hidden = waiting || !stored.record.isVisible(caseOf: parent)
            let caseTitle = parent?.title
            // What the outcome's document shows of its case is part of its content.
            // A case's status comes from its outcomes: a new or changed outcome re-indexes the case.
            let status = stored.record.kind == .case
                ? CaseStatus.of(outcomesInOrder: CaseStatus.ordered(outcomes[stored.record.id] ?? [])) : nil
            let derived = (stored.record.kind == .outcome && hidden ? "+hidden-case" : "") + (waiting ? "+pending" : "")
                + (stored.record.kind == .case && !elements.isEmpty ? "+elements:" + elements.fingerprint : "")
                + (caseTitle.map { "+case:" + SHA256.hex(Array($0.utf8)).prefix(12) } ?? "")
                + (status.map { "+status:" + $0.rawValue } ?? "")
            // Made when the indexer writes this file, not now: the library's documents are never all in memory.
            return IndexSource(relativePath: stored.relativePath, contentHash: stored.contentHash + derived,
                               documentIDs: [stored.record.id]) {
                var record = stored.record
                if let whole {
                    guard let read = whole(stored), read.slim == stored.record.slim else { return [] }
                    record = read
                }
                return [document(for: record, path: stored.relativePath, hidden: hidden, caseTitle: caseTitle,
                                 status: status, elements: elements)]
            }
        }
    }

    /// The payload stored with a record: `{"record": {…}, "path": "cases/…md"}`.
    public static func payload(_ record: Record, path: String?, caseTitle: String? = nil) -> String {
        var members: [(String, JSONValue)] = [("record", record.json)]
        if let path { members.append(("path", .string(path))) }
        if let caseTitle { members.append(("case_title", .string(caseTitle))) }
        return JSONWriter.compact(.object(members))
    }

    /// The index document of a record.
    /// - Parameter hidden: hide the record by default even when it is visible on its own (an
    ///   outcome of a draft or restricted case).
    ///   - caseTitle: for an outcome, its case's title, shown in result lists.
    ///   - status: for a case, its status from all its outcomes (the `effect` filter: `结果:纠正`).
    ///   - elements: the legal elements whose terms a case carries (see `IndexSchema.elementTerm`).
    public static func document(for record: Record, path: String?, hidden: Bool = false, caseTitle: String? = nil,
                                status: CaseStatus? = nil, elements: LegalElements = LegalElements()) -> IndexDocument {
        var document = IndexDocument(id: record.id, kind: record.kind.rawValue, payload: payload(record, path: path, caseTitle: caseTitle))
        for field in IndexSchema.proseFields {
            if let text = record.text(field) { document.text.append((field, text)) }
        }
        if record.kind == .outcome, record["title"] == nil { document.text.insert(("title", record.title), at: 0) }
        let basis = record.legalBasis
        if !basis.isEmpty { document.text.append(("legal_basis", basis.joined(separator: "\n"))) }
        let tags = record.tags + record.list("topics")
        if !tags.isEmpty { document.text.append(("tags", tags.joined(separator: "\n"))) }
        if let number = record.text("number") { document.text.append(("number", number)) }
        document.extraTerms += ExactTerms.terms(of: record)

        document.filters.append(("kind", record.kind.rawValue))
        var values: [Int: String] = [IndexSchema.Slot.kind: record.kind.rawValue]
        if let year = record.year {
            document.filters.append(("year", String(year)))
            values[IndexSchema.Slot.year] = String(year)
        }
        let simple: [(String, String)] = [
            ("category", "category"), ("unit", "unit"), ("response", "response"), ("detail", "response_detail"),
            ("stage", "stage"), ("result", "result"), ("case", "case"), ("applicant", "applicant_type"),
        ]
        for (filter, field) in simple {
            if let value = record.text(field) { document.filters.append((filter, value)) }
        }
        for tag in record.tags { document.filters.append(("tag", tag)) }
        if record.kind == .case {
            document.filters.append(("regime", record.effectiveRegime))
            document.filters.append(("status", record.reviewStatus ?? "draft"))
            document.filters.append(("scope", record.scope))
            document.filters.append(("hard", record.isHard ? "true" : "false"))
        }
        if let effect = record.effect { document.filters.append(("effect", effect.rawValue)) }
        if let status { document.filters.append(("effect", status.rawValue)) }
        if record.kind == .case {
            document.weightedTerms = elements.profile(of: record).pairs.map { IndexSchema.elementTerm(dimension: $0.dimension, element: $0.element) }
        }
        if hidden || !record.isVisibleByDefault { document.extraTerms.append(IndexSchema.hiddenTerm) }
        if let category = record.category { values[IndexSchema.Slot.category] = category }
        if let response = record.response { values[IndexSchema.Slot.response] = response }
        if let unit = record.unit { values[IndexSchema.Slot.unit] = unit }
        if let date = record.text("received") ?? record.text("answered") ?? record.date { values[IndexSchema.Slot.date] = date }
        document.values = values
        return document
    }
}
