import CaseLibrary
import CaseServices

/// The JSON shapes of linked citations and of the cases citing an article.
public enum CitationJSON {
    /// `[{text, field, law, version, article, provision, provision_text, resolved, version_hint}]` — for
    /// the record view's `citations` member. `version`, `provision_text` are null when unresolved;
    /// `version_hint` is `earlier` / `later` when the text named the version (旧条例 / 新条例), else null.
    public static func citations(_ linked: [LinkedCitation]) -> JSONValue {
        .array(linked.map(citation))
    }

    /// One linked citation.
    public static func citation(_ linked: LinkedCitation) -> JSONValue {
        .object([
            ("text", .string(linked.text)), ("field", .string(linked.field)), ("law", .string(linked.law)),
            ("version", linked.version.map(JSONValue.string) ?? .null), ("article", .string(linked.article)),
            ("provision", .string(linked.provision)), ("provision_text", linked.provisionText.map(JSONValue.string) ?? .null),
            ("resolved", .bool(linked.resolved)), ("version_hint", linked.versionHint.map { .string($0.rawValue) } ?? .null),
        ])
    }

    /// `{"law", "article", "count", "cases": [{id, title, year, unit, category, response, response_detail, legal_basis, status}]}`.
    public static func citing(_ citing: CitingCases) -> JSONValue {
        .object([
            ("law", .string(citing.law)), ("article", .string(citing.article)),
            ("count", .number(String(citing.cases.count))),
            ("cases", .array(citing.cases.map { caseSummary($0, status: citing.statuses[$0.id]) })),
        ])
    }

    private static func caseSummary(_ record: Record, status: CaseStatus?) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(record.id)), ("title", .string(record.title))]
        if let year = record.year { members.append(("year", .number(String(year)))) }
        for field in ["unit", "category", "response", "response_detail"] {
            if let value = record.text(field) { members.append((field, .string(value))) }
        }
        members.append(("legal_basis", .array(record.legalBasis.map(JSONValue.string))))
        if let status {
            members.append(("status", .string(status.rawValue)))
            members.append(("status_label", .string(status.label)))
        }
        return .object(members)
    }
}
