import CaseLibrary
import CaseServices

/// The JSON shape of applicable articles (`LibrarySession.applicableArticles`), shared by the
/// command line and any route that shows them.
public enum ApplicableArticleJSON {
    /// `{"count", "articles": [{"law", "article", "number", "version", "text", "id", "citing_cases",
    /// "corrected_cases", "found_by_search", "score"}]}`.
    public static func articles(_ articles: [ApplicableArticle]) -> JSONValue {
        .object([("count", .number(String(articles.count))), ("articles", .array(articles.map(article)))])
    }

    /// One article.
    public static func article(_ article: ApplicableArticle) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("law", .string(article.law)), ("article", .string(article.article)), ("number", .number(String(article.number))),
        ]
        if let version = article.version { members.append(("version", .string(version))) }
        if let text = article.text { members.append(("text", .string(text))) }
        if let id = article.statuteID { members.append(("id", .string(id))) }
        members.append(("citing_cases", .array(article.citingCases.map(JSONValue.string))))
        members.append(("corrected_cases", .array(article.correctedCases.map(JSONValue.string))))
        members.append(("found_by_search", .bool(article.foundBySearch)))
        members.append(("score", .number(SearchJSON.format(article.score))))
        return .object(members)
    }
}
