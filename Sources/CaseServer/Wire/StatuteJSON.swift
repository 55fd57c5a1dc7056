import CaseLibrary
import CaseServices

/// The JSON shape of statute question results, for the command line and a later
/// `/api/statutes/search` endpoint.
public enum StatuteJSON {
    /// `{"results": [...]}`.
    public static func results(_ results: [StatuteResult]) -> JSONValue {
        .object([("results", .array(results.map(result)))])
    }

    /// One result: id, law, version, article, chapter, score, snippet and why.
    public static func result(_ result: StatuteResult) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(result.id))]
        for field in ["law", "version", "article", "chapter"] {
            members.append((field, .string(result.field(field) ?? "")))
        }
        members.append(("score", .number(SearchJSON.format(result.score))))
        members.append(("snippet", .string(PassageHTML.render(result.snippet))))
        members.append(("why", why(result.why)))
        return .object(members)
    }

    static func why(_ why: StatuteResult.Explanation) -> JSONValue {
        .object([
            ("terms", .array(why.matchedTerms.map(JSONValue.string))),
            ("synonyms", .array(why.synonyms.map { .object([("term", .string($0.term)), ("synonym", .string($0.synonym))]) })),
            ("boosts", .array(why.boosts.map { .object([("name", .string($0.name)), ("size", .number(SearchJSON.format($0.size)))]) })),
            ("question_kinds", .array(why.questionKinds.map(JSONValue.string))),
            ("approximate_kinds", .array(why.approximateKinds.map(JSONValue.string))),
            ("coverage", .number(SearchJSON.format(why.coverage))),
        ])
    }
}
