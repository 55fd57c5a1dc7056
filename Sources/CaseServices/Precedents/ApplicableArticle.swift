import CaseLibrary

/// A statute article that applies to an application, found both by searching the statutes with the
/// application's text and through the `legal_basis` of its best precedents, resolved to the version
/// in force on the application's date. See `LibrarySession.applicableArticles(for:precedents:on:limit:)`.
public struct ApplicableArticle: Sendable, Equatable {
    /// The law's title as the library holds it (中华人民共和国政府信息公开条例), or the canonical name
    /// when the library has not imported it.
    public let law: String
    /// The article label (第三十六条, 第十条之一).
    public let article: String
    /// The article number (第三十六条 → 36).
    public let number: Int
    /// The effective date of the version in force on the application's date; nil when the library
    /// has no version of the law.
    public let version: String?
    /// The article's text in that version; nil when unresolved.
    public let text: String?
    /// The precedents (case ids, best first) whose `legal_basis` cites the article and that were not
    /// corrected afterwards.
    public let citingCases: [String]
    /// Corrected precedents citing it: shown as a warning, never counted as support.
    public let correctedCases: [String]
    /// Whether direct statute search found it among its best answers.
    public let foundBySearch: Bool
    /// The index id of the article in that version (`S-…`, as `GET /api/records/{id}` takes it); nil
    /// when unresolved.
    public let statuteID: String?
    /// The combined score (0–1): the weighted share of precedents citing it, and its standing in
    /// statute search.
    public let score: Double

    /// Makes an applicable article.
    public init(law: String, article: String, number: Int, version: String?, text: String?, citingCases: [String],
                correctedCases: [String], foundBySearch: Bool, statuteID: String? = nil, score: Double) {
        self.law = law
        self.article = article
        self.number = number
        self.version = version
        self.text = text
        self.citingCases = citingCases
        self.correctedCases = correctedCases
        self.foundBySearch = foundBySearch
        self.statuteID = statuteID
        self.score = score
    }

    /// `《law》article` for lists.
    public var citation: String { "《\(law)》\(article)" }
}
