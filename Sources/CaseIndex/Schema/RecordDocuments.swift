import CaseLibrary

/// Turns library records into index documents.
public enum RecordDocuments {
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
