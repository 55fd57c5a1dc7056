import CaseLibrary

/// Exact-match terms: record ids in any case and punctuation, decision numbers (文号, 案号) and
/// article references (条例第十五条, 第15条, 第三十六条第（三）项). They are boolean terms (they change
/// no document's length, so no BM25 score moves); the searcher puts what a query names exactly
/// first: the record with that id, the outcome with that number, the article and then the cases
/// citing it. Prefixes are declared in `IndexSchema.exactPrefixes`.
public enum ExactTerms {
    /// What a query named exactly.
    public struct Reference: Sendable, Equatable {
        /// `id`, `number` or `article`.
        public let kind: String
        /// The index term.
        public let term: String
        /// How it reads: `编号 2023-PD-0034`, `文号 黄府复字〔2016〕第41号`, `条文 《政府信息公开条例》第十五条`.
        public let label: String
    }

    /// A record id's key: lower case, letters and digits only (`2023-PD-0034` → `2023pd0034`); nil
    /// when it has no digit or fewer than four characters (ordinary words are not ids).
    public static func idKey(_ text: String) -> String? {
        let key = String(TextNormalizer.normalize(text).lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        guard key.count >= 4, key.contains(where: \.isNumber), key.count <= 64 else { return nil }
        return key
    }

    /// A decision number's key: normalised, without brackets, spaces or punctuation
    /// (`黄府复字〔2016〕第41号` → `黄府复字2016第41号`); nil unless it has digits and ends in 号.
    public static func numberKey(_ text: String) -> String? {
        let normalized = TextNormalizer.normalize(text)
        let key = String(normalized.filter { !($0.isPunctuation || $0.isWhitespace || $0.isSymbol || "〔〕［］【】()（）[]".contains($0)) })
        guard key.hasSuffix("号"), key.contains(where: \.isNumber), key.count >= 5 else { return nil }
        return key
    }

    /// The term of an article of a law (by its canonical key).
    public static func articleTerm(law: String, article: Int) -> String {
        IndexSchema.boundedTerm((IndexSchema.exactPrefixes["article"] ?? "XART") + TextNormalizer.normalize(law) + "#" + String(article))
    }

    /// The exact terms of a record.
    public static func terms(of record: Record) -> [String] {
        var out: [String] = []
        if let key = idKey(record.id), let prefix = IndexSchema.exactPrefixes["id"] { out.append(prefix + key) }
        if let number = record.text("number").flatMap(numberKey), let prefix = IndexSchema.exactPrefixes["number"] {
            out.append(IndexSchema.boundedTerm(prefix + number))
        }
        let parser = CitationParser()
        var seen = Set<String>()
        let cited = parser.citations(inLegalBasis: record.legalBasis).joined()
            + IndexSchema.citingFields.compactMap { record.text($0) }.flatMap { parser.citations(in: $0) }
        for citation in cited {
            let term = articleTerm(law: citation.canonicalLaw, article: citation.article)
            if seen.insert(term).inserted { out.append(term) }
        }
        return out
    }

    /// The exact term of a statute article (the searcher lists the article before the cases citing it).
    public static func statuteTerm(lawTitle: String, article: Int) -> String {
        articleTerm(law: LawAliases.builtIn.canonical(lawTitle), article: article)
    }

    /// What a query names exactly: ids and numbers among its words, article references in its text.
    public static func references(in text: String, words: [String]) -> [Reference] {
        var out: [Reference] = []
        var seen = Set<String>()
        func add(_ kind: String, _ term: String, _ label: String) {
            if seen.insert(term).inserted { out.append(Reference(kind: kind, term: term, label: label)) }
        }
        for word in words {
            if let key = numberKey(word), let prefix = IndexSchema.exactPrefixes["number"] {
                // The query language trims a leading （: put it back so the number reads as typed.
                let shown = word.contains("）") && !word.contains("（") ? "（" + word : word.contains(")") && !word.contains("(") ? "(" + word : word
                add("number", IndexSchema.boundedTerm(prefix + key), "文号 \(shown)")
            } else if let key = idKey(word), let prefix = IndexSchema.exactPrefixes["id"],
                      TextNormalizer.normalize(word).unicodeScalars.allSatisfy(\.isASCII) {
                add("id", prefix + key, "编号 \(word)")
            }
        }
        for citation in CitationParser().citations(in: text) {
            add("article", articleTerm(law: citation.canonicalLaw, article: citation.article), "条文 《\(citation.canonicalLaw)》第\(ChineseNumeral.format(citation.article) ?? String(citation.article))条")
        }
        return out
    }
}
