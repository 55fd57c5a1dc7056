import CaseIndex
import CaseLibrary
import Foundation

/// Turns a parsed statute file into index documents, one per article.
public enum StatuteDocuments {
    /// The document id of an article: `S-<12 hex of law+version>-<number>[-<sub>]`.
    ///
    /// The hash covers the title, the subtitle (a code split over files by 编) and the effective
    /// date, so versions of one law never share ids while re-importing a version keeps them.
    public static func id(for document: LawDocument, article: StatuteArticle) -> String {
        var id = "S-\(versionHash(document))-\(article.number)"
        if let sub = article.subNumber { id += "-\(sub)" }
        return id
    }

    /// Twelve hex digits identifying a law version.
    static func versionHash(_ document: LawDocument) -> String {
        let key = [document.title, document.subtitle ?? "", document.effectiveDate ?? ""].joined(separator: "\t")
        return String(SHA256.hex(Array(key.utf8)).prefix(12))
    }

    /// The index documents of a law file.
    ///
    /// - Parameters:
    ///   - document: the parsed file.
    ///   - relativePath: the file's path in the library (`statutes/…md`), stored in each payload.
    /// - Returns: one document per article; an article label repeated in the file gets a `.2`,
    ///   `.3` … suffix so ids stay unique (the parser has reported the repetition).
    public static func documents(for document: LawDocument, relativePath: String) -> [IndexDocument] {
        var seen: [String: Int] = [:]
        let year = document.effectiveDate.map { String($0.prefix(4)) }
        return document.articles.map { article in
            var id = id(for: document, article: article)
            let repeats = seen[id, default: 0] + 1
            seen[id] = repeats
            if repeats > 1 { id += ".\(repeats)" }
            return self.document(id: id, law: document, article: article, year: year, path: relativePath)
        }
    }

    private static func document(id: String, law: LawDocument, article: StatuteArticle, year: String?, path: String) -> IndexDocument {
        let chapter = [article.chapter, article.section].compactMap { $0 }.joined(separator: " ")
        let text = article.text
        var payload: [(String, JSONValue)] = [
            ("id", .string(id)), ("law", .string(law.title)), ("version", .string(law.effectiveDate ?? "")),
            ("article", .string(article.label)), ("number", .number(String(article.number))),
            ("chapter", .string(article.chapter ?? "")), ("section", .string(article.section ?? "")),
            ("text", .string(text)), ("path", .string(path)),
        ]
        if let subtitle = law.subtitle { payload.append(("subtitle", .string(subtitle))) }
        var document = IndexDocument(id: id, kind: "statute", payload: JSONWriter.compact(.object([("statute", .object(payload))])))
        // The article's label is its title, so `条例 第十五条` finds the article by number.
        document.text = [("title", article.label), ("law", law.title)]
        if !chapter.isEmpty { document.text.append(("chapter", chapter)) }
        document.text.append(("body", text))
        document.filters = [("kind", "statute"), ("law", law.title)]
        let key = LawTitle.key(law.title)
        if key != TextNormalizer.normalize(law.title) { document.filters.append(("law", key)) }
        document.values = [IndexSchema.Slot.kind: "statute", IndexSchema.Slot.law: law.title]
        if article.subNumber == nil { document.extraTerms.append(ExactTerms.statuteTerm(lawTitle: law.title, article: article.number)) }
        if let date = law.effectiveDate { document.values[IndexSchema.Slot.date] = date }
        if let year {
            document.filters.append(("year", year))
            document.values[IndexSchema.Slot.year] = year
        }
        return document
    }
}
