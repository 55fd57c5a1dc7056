extension StatuteLibrary {
    /// The article a citation points to, in the version in force on a date.
    ///
    /// - Parameters:
    ///   - citation: a citation from `CitationParser`.
    ///   - date: `YYYY-MM-DD`; nil means the latest version.
    /// - Returns: the article (an inserted 之N article when the citation names one), or nil.
    public func resolve(_ citation: Citation, on date: String? = nil) -> StatuteArticle? {
        guard let subArticle = citation.subArticle else {
            return resolve(law: citation.canonicalLaw, article: citation.article, on: date)
        }
        let label = "第\(ChineseNumeral.format(citation.article) ?? "")条之\(ChineseNumeral.format(subArticle) ?? "")"
        return document(for: citation.canonicalLaw, on: date)?.article(labelled: label)
    }

    /// The cited text: the item, else the paragraph, else the whole article.
    ///
    /// - Returns: the text, or nil when the law, article, paragraph or item does not exist.
    public func text(of citation: Citation, on date: String? = nil) -> String? {
        guard let article = resolve(citation, on: date) else { return nil }
        if let item = citation.item { return article.item(item, paragraph: citation.paragraph) }
        if let paragraph = citation.paragraph { return article.paragraph(paragraph) }
        return article.text
    }
}
