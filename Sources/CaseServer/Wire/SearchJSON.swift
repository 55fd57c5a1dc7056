import CaseLibrary
import CaseServices

/// The JSON shapes of search answers, for the HTTP API and the command line's `--json`.
public enum SearchJSON {
    /// `{"total": N, "offset", "limit", "results": [...], "facets": {...}}`.
    public static func page(_ page: SearchPage) -> JSONValue {
        let facets: [(String, JSONValue)] = page.facets.map { facet in
            (facet.name, .array(facet.counts.map { .object([("value", .string($0.value)), ("count", .number(String($0.count)))]) }))
        }
        return .object([
            ("total", .number(String(page.total))),
            ("offset", .number(String(page.offset))),
            ("limit", .number(String(page.limit))),
            ("results", .array(page.entries.map(entry))),
            ("facets", .object(facets)),
            ("references", .array(page.references.map(JSONValue.string))),
        ])
    }

    /// One hit: id, kind, title, score, snippet (HTML with `<mark>`) and the record's main facts.
    public static func entry(_ entry: SearchEntry) -> JSONValue {
        var members = summary(entry.summary)
        members.insert(("score", .number(format(entry.score))), at: 3)
        members.insert(("snippet", .string(PassageHTML.render(entry.passage))), at: 4)
        members.append(("matched_terms", .array(entry.matchedTerms.map(JSONValue.string))))
        if !entry.exact.isEmpty { members.append(("exact", .array(entry.exact.map(JSONValue.string)))) }
        if !entry.thesaurus.isEmpty { members.append(("thesaurus", .array(entry.thesaurus.map(JSONValue.string)))) }
        return .object(members)
    }

    /// The main facts of an item, for lists.
    public static func summary(_ item: ItemSummary) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [("id", .string(item.id)), ("kind", .string(item.kind)), ("title", .string(item.title))]
        if let record = item.record {
            if let year = record.year { members.append(("year", .number(String(year)))) }
            for field in ["category", "response", "response_detail", "unit", "case", "stage", "result", "date"] {
                if let value = record.text(field) { members.append((field, .string(value))) }
            }
            if record.kind == .case {
                members.append(("hard", .bool(record.isHard)))
                members.append(("review_status", .string(record.reviewStatus ?? "")))
                if let status = item.status {
                    members.append(("status", .string(status.rawValue)))
                    members.append(("status_label", .string(status.label)))
                    members.append(("corrected", .bool(status == .corrected)))
                }
            }
        } else {
            for (field, value) in item.statuteFields { members.append((field, .string(value))) }
        }
        return members
    }

    /// A score with four decimals.
    public static func format(_ score: Double) -> String {
        guard score.isFinite else { return "0" }
        let scaled = (score * 10000).rounded() / 10000
        return String(scaled)
    }
}
