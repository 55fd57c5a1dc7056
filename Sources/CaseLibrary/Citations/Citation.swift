/// One cited provision found in text: a law, an article and optionally a paragraph and item.
public struct Citation: Sendable, Equatable, CustomStringConvertible {
    /// How the law of a citation was determined.
    public enum Attribution: String, Sendable, Equatable {
        /// The law is named right before the article (《条例》第十五条, 治安管理处罚法第二十五条).
        case explicit
        /// The article follows an earlier law mention in the text (…第十四条、第十五条).
        case inherited
        /// No law was named before the article; the caller's default law was used.
        case defaultLaw
    }

    /// The law as written (`条例`, `中华人民共和国政府信息公开条例`), or the default law's name.
    public let law: String
    /// The law's title key after aliases (`政府信息公开条例`), comparable with `LawTitle.key`.
    public let canonicalLaw: String
    /// The article number (第十五条 → 15; 第十五条之一 → 15).
    public let article: Int
    /// The 之一 number of an inserted article, or nil.
    public let subArticle: Int?
    /// The paragraph (款), or nil.
    public let paragraph: Int?
    /// The item (项), or nil.
    public let item: Int?
    /// Where the citation is in the original text (ranges and lists share the span of the whole
    /// expression for expanded members; an explicit law name is included).
    public let range: Range<String.Index>
    /// How the law was determined.
    public let attribution: Attribution
    /// The version the text names for this citation (旧条例 / 修订前 → `.earlier`, 新条例 / 修订后 →
    /// `.later`), or nil when the text does not say and the record's date decides.
    public let versionHint: VersionHint?

    /// Makes a citation.
    public init(
        law: String, canonicalLaw: String, article: Int, subArticle: Int? = nil, paragraph: Int? = nil,
        item: Int? = nil, range: Range<String.Index>, attribution: Attribution, versionHint: VersionHint? = nil
    ) {
        self.versionHint = versionHint
        self.law = law
        self.canonicalLaw = canonicalLaw
        self.article = article
        self.subArticle = subArticle
        self.paragraph = paragraph
        self.item = item
        self.range = range
        self.attribution = attribution
    }

    /// The provision in statute style: `第十五条`, `第十六条第二款`, `第三十六条第（三）项`.
    public var label: String {
        func numeral(_ value: Int) -> String { ChineseNumeral.format(value) ?? String(value) }
        var text = "第\(numeral(article))条"
        if let subArticle { text += "之\(numeral(subArticle))" }
        if let paragraph { text += "第\(numeral(paragraph))款" }
        if let item { text += "第（\(numeral(item))）项" }
        return text
    }

    /// `《canonical law》label`, e.g. `《政府信息公开条例》第十五条`.
    public var description: String { "《\(canonicalLaw)》\(label)" }
}
