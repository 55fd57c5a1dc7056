import CaseIndex
import CaseLibrary

/// The JSON shapes of search answers, shared by the command line (`--json`) and the HTTP API.
public enum SearchJSON {
    /// `{"total": N, "results": [...], "facets": {...}}`.
    public static func results(_ results: SearchResults, offset: Int, limit: Int) -> JSONValue {
        var facets: [(String, JSONValue)] = []
        for name in IndexSchema.facetSlots.map(\.name) {
            guard let counts = results.facets[name] else { continue }
            facets.append((name, .array(counts.map { .object([("value", .string($0.value)), ("count", .number(String($0.count)))]) })))
        }
        return .object([
            ("total", .number(String(results.total))),
            ("offset", .number(String(offset))),
            ("limit", .number(String(limit))),
            ("results", .array(results.hits.map(hit))),
            ("facets", .object(facets)),
        ])
    }

    /// One hit: id, kind, title, score, snippet and the record's main facts.
    public static func hit(_ hit: SearchHit) -> JSONValue {
        var members = summary(hit.item)
        members.insert(("score", .number(format(hit.score))), at: 3)
        members.insert(("snippet", .string(hit.snippet)), at: 4)
        members.append(("matched_terms", .array(hit.matchedTerms.map(JSONValue.string))))
        return .object(members)
    }

    /// The main facts of a stored item, for lists.
    public static func summary(_ item: IndexedItem) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [("id", .string(item.id)), ("kind", .string(item.kind)), ("title", .string(item.title))]
        if let record = item.record {
            if let year = record.year { members.append(("year", .number(String(year)))) }
            for field in ["category", "response", "response_detail", "unit", "case", "stage", "result", "date"] {
                if let value = record.text(field) { members.append((field, .string(value))) }
            }
            if record.kind == .case {
                members.append(("hard", .bool(record.isHard)))
                members.append(("review_status", .string(record.reviewStatus ?? "")))
            }
        } else if let statute = item.statute {
            for field in ["law", "version", "article", "chapter"] {
                if let value = statute[field]?.stringValue { members.append((field, .string(value))) }
            }
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
