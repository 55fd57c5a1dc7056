import CaseLibrary
import CaseServices

/// The JSON shape of precedent results, shared by the command line and the HTTP API.
public enum PrecedentJSON {
    /// `{"results": [...]}` with each precedent's facts, history, status, passages and why.
    public static func results(_ results: [PrecedentResult]) -> JSONValue {
        .object([("count", .number(String(results.count))), ("results", .array(results.map(result)))])
    }

    /// One precedent.
    public static func result(_ result: PrecedentResult) -> JSONValue {
        let record = result.record
        var members: [(String, JSONValue)] = [
            ("id", .string(record.id)), ("kind", .string(record.kind.rawValue)), ("title", .string(record.title)),
            ("score", .number(SearchJSON.format(result.score))), ("relevance", .number(SearchJSON.format(result.relevance))),
        ]
        if let year = record.year { members.append(("year", .number(String(year)))) }
        for field in ["unit", "category", "response", "response_detail"] {
            if let value = record.text(field) { members.append((field, .string(value))) }
        }
        members.append(("legal_basis", .array(record.legalBasis.map(JSONValue.string))))
        members.append(("outcomes", .array(result.history.outcomes.map(outcome))))
        members.append(("status", .string(result.history.status.rawValue)))
        members.append(("status_label", .string(result.history.status.label)))
        members.append(("corrected", .bool(result.isCorrected)))
        if result.isCorrected {
            let by = result.history.corrections.map { "\($0.stage ?? "") \($0.text("body") ?? "") \($0.result ?? "")" }
            members.append(("warning", .string("此案答复已被纠正（\(by.joined(separator: "；"))），仅供警示，不宜作为范例")))
        }
        members.append(("passages", .array(result.passages.map { .object([("field", .string($0.field)), ("html", .string(PassageHTML.render($0.passage)))]) })))
        members.append(("why", why(result.why)))
        return .object(members)
    }

    static func outcome(_ record: Record) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(record.id))]
        for field in ["stage", "body", "number", "date", "result"] {
            if let value = record.text(field) { members.append((field, .string(value))) }
        }
        members.append(("effect", .string(record.effect?.rawValue ?? "other")))
        return .object(members)
    }

    static func why(_ why: PrecedentResult.Explanation) -> JSONValue {
        .object([
            ("terms", .array(why.terms.map {
                .object([("term", .string($0.term)), ("weight", .number(SearchJSON.format($0.weight))), ("source", .string($0.source.rawValue))])
            })),
            ("phrases", .array(why.phrases.map(JSONValue.string))),
            ("fields", .array(why.fields.map { .object([("field", .string($0.field)), ("terms", .array($0.terms.map(JSONValue.string)))]) })),
            ("boosts", .array(why.boosts.map { .object([("name", .string($0.name)), ("size", .number(SearchJSON.format($0.size)))]) })),
            ("elements", .array(why.elements.map(element))),
            ("element_factor", .number(SearchJSON.format(why.elementFactor))),
        ])
    }

    /// One dimension of the legal-element comparison: `{"dimension", "application", "precedent",
    /// "agreement": "same"|"different"|"unknown", "text": "申请人身份：被侵害人 ✓"}`.
    static func element(_ comparison: ElementComparison) -> JSONValue {
        .object([
            ("dimension", .string(comparison.dimension)),
            ("application", .array(comparison.application.map(JSONValue.string))),
            ("precedent", .array(comparison.precedent.map(JSONValue.string))),
            ("agreement", .string(comparison.agreement.rawValue)),
            ("text", .string(comparison.description)),
        ])
    }
}
