import CaseLibrary

/// A citation found in a record, linked to the statute version in force for the case.
public struct LinkedCitation: Sendable, Equatable {
    /// The citation as written in the record (a whole list such as `第十四条、第十五条` for each member).
    public let text: String
    /// Where it was found: `legal_basis[0]`, `analysis`, `body`, ….
    public let field: String
    /// The law: the statute's title when resolved, else the canonical name of the law as cited.
    public let law: String
    /// The law's comparison key (`政府信息公开条例`), the same for every alias and version.
    public let lawKey: String
    /// The effective date of the version the citation resolved to (`2019-05-15`), or nil.
    public let version: String?
    /// The article number (第十五条 → 15).
    public let articleNumber: Int
    /// The article label: `第十五条`, or `第十五条之一`.
    public let article: String
    /// The cited paragraph (款), or nil.
    public let paragraph: Int?
    /// The cited item (项), or nil.
    public let item: Int?
    /// The cited provision in statute style, e.g. `第三十六条第（三）项`.
    public let provision: String
    /// The text of the provision: the item or paragraph when cited, else the whole article; nil when unresolved.
    public let provisionText: String?
    /// The whole article's text (for course packs), nil when unresolved.
    public let articleText: String?
    /// The version the text named (旧条例 → `.earlier`), or nil when the record's date decided.
    public let versionHint: VersionHint?
    /// Whether the law, version, article and any cited paragraph or item were found.
    public var resolved: Bool { provisionText != nil }

    /// Makes a linked citation.
    public init(
        text: String, field: String, law: String, lawKey: String, version: String?, articleNumber: Int, article: String,
        paragraph: Int?, item: Int?, provision: String, provisionText: String?, articleText: String?,
        versionHint: VersionHint? = nil
    ) {
        self.versionHint = versionHint
        self.text = text
        self.field = field
        self.law = law
        self.lawKey = lawKey
        self.version = version
        self.articleNumber = articleNumber
        self.article = article
        self.paragraph = paragraph
        self.item = item
        self.provision = provision
        self.provisionText = provisionText
        self.articleText = articleText
    }

    /// `《law》provision`, e.g. `《政府信息公开条例》第十五条`.
    public var canonicalCitation: String { "《\(lawKey)》\(provision)" }
}
