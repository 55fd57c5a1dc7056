import CaseIndex
import CaseLibrary
import Foundation

/// Links the citations of a record to the statute versions in force for it.
///
/// Citations are read with `CitationParser` (bare articles default to the OGI Regulations) from
/// `legal_basis` and from the text fields, then resolved in a `StatuteLibrary` by the rule of spec
/// v1.1 (see `document(for:record:case:)`): the version in force on the record's date — for a case
/// its `regime` when given, else `received`, else `answered`, else 1 July of its `year`; for training
/// material its `date`; for an outcome its case's — unless the text names the version (旧条例 /
/// 原条例 / 修订前, 新条例 / 修订后). A version the library does not have leaves the citation
/// unresolved: another version's text is never quoted.
public struct CitationLinker: Sendable {
    /// The canonical key of the OGI Regulations.
    public static let ogiLaw = "政府信息公开条例"
    /// The day the 2019 Regulations took effect.
    public static let regime2019Start = "2019-05-15"
    /// The text fields searched for citations, besides `legal_basis`.
    public static let textFields = IndexSchema.citingFields
    /// The folder of statute files inside a library root.
    public static let statutesFolder = LibraryFiles.statutesFolder

    /// The statutes citations resolve to.
    public let statutes: StatuteLibrary
    /// The parser reading citations.
    public let parser: CitationParser

    /// Makes a linker.
    /// - Parameters:
    ///   - statutes: the statute versions (may be empty: every citation is then unresolved).
    ///   - parser: the citation parser; its aliases also canonicalise laws in `cases(citing:article:in:)`.
    public init(statutes: StatuteLibrary = StatuteLibrary(), parser: CitationParser = CitationParser()) {
        self.statutes = statutes
        self.parser = parser
    }

    /// Whether a library root has statute files (`statutes/*.md`).
    public static func hasStatutes(libraryRoot: URL) -> Bool {
        let folder = libraryRoot.appendingPathComponent(statutesFolder).path
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return false }
        while let name = enumerator.nextObject() as? String { if name.hasSuffix(".md") { return true } }
        return false
    }

    /// A linker over the statutes of a library root (`root/statutes/**/*.md`); an empty statute
    /// library when there is no such folder. Parse issues are left to `validate`.
    /// - Throws: `ServiceError.failure` when a statute file cannot be read.
    public static func load(libraryRoot: URL) throws -> CitationLinker {
        guard hasStatutes(libraryRoot: libraryRoot) else { return CitationLinker() }
        do {
            let folder = libraryRoot.appendingPathComponent(statutesFolder).path
            return CitationLinker(statutes: try StatuteLibrary.load(directory: folder).library)
        } catch {
            throw ServiceError.failure("无法读取 \(libraryRoot.path)/\(statutesFolder) 中的法规：\(error)")
        }
    }

    /// Every distinct citation of a record — `legal_basis` first, then the text fields in
    /// `textFields` order — linked; a provision cited twice is listed once, where first cited.
    ///
    /// - Parameters:
    ///   - record: the record.
    ///   - caseRecord: for an outcome, the case it concerns (its date decides the versions).
    public func citations(in record: Record, case caseRecord: Record? = nil) -> [LinkedCitation] {
        var seen = Set<String>()
        var out: [LinkedCitation] = []
        for linked in legalBasisCitations(in: record).joined() + textCitations(in: record, case: caseRecord) {
            if seen.insert("\(linked.lawKey)|\(linked.provision)").inserted { out.append(linked) }
        }
        return out
    }

    /// The citations of each `legal_basis` entry, linked (a law named in one entry carries over
    /// to bare articles of the next, as `CitationParser` reads them).
    public func legalBasisCitations(in record: Record) -> [[LinkedCitation]] {
        let entries = record.legalBasis
        return zip(entries, parser.citations(inLegalBasis: entries)).enumerated().map { index, pair in
            pair.1.map { link($0, in: pair.0, field: "legal_basis[\(index)]", record: record) }
        }
    }

    /// The citations of the text fields (`textFields`), linked, each field in order.
    /// - Parameters:
    ///   - record: the record.
    ///   - caseRecord: for an outcome, the case it concerns.
    public func textCitations(in record: Record, case caseRecord: Record? = nil) -> [LinkedCitation] {
        Self.textFields.flatMap { field -> [LinkedCitation] in
            guard let text = record.text(field) else { return [] }
            return parser.citations(in: text).map { link($0, in: text, field: field, record: record, case: caseRecord) }
        }
    }

    /// Links one parsed citation of `record`.
    /// - Parameters:
    ///   - citation: a citation found in `text`.
    ///   - text: the text it was found in (its range indexes this text).
    ///   - field: the field the text came from.
    ///   - record: the record, for its date and regime.
    ///   - caseRecord: for an outcome, the case it concerns.
    public func link(_ citation: Citation, in text: String, field: String, record: Record, case caseRecord: Record? = nil)
        -> LinkedCitation
    {
        let document = self.document(for: citation, record: record, case: caseRecord)
        let article = document.flatMap { self.article(citation, in: $0) }
        var provisionText: String?
        if let article {
            if let item = citation.item {
                provisionText = article.item(item, paragraph: citation.paragraph)
            } else if let paragraph = citation.paragraph {
                provisionText = article.paragraph(paragraph)
            } else {
                provisionText = article.text
            }
        }
        let written: String = citation.range.upperBound <= text.endIndex ? String(text[citation.range]) : citation.description
        let law: String = article != nil ? (document?.title ?? citation.canonicalLaw) : citation.canonicalLaw
        let version: String? = article != nil ? document?.effectiveDate : nil
        let label: String = article?.label ?? Self.articleLabel(citation)
        return LinkedCitation(
            text: written, field: field, law: law, lawKey: citation.canonicalLaw, version: version,
            articleNumber: citation.article, article: label, paragraph: citation.paragraph, item: citation.item,
            provision: citation.label, provisionText: provisionText, articleText: article?.text, versionHint: citation.versionHint)
    }

    /// The cited article in one version (an inserted 之N article when cited), or nil.
    func article(_ citation: Citation, in document: LawDocument) -> StatuteArticle? {
        if citation.subArticle != nil { return document.article(labelled: Self.articleLabel(citation)) }
        if let found = document.article(citation.article) { return found }
        // A law split over several files with one effective date (民法典 by 编).
        return statutes.versions(of: citation.canonicalLaw).lazy.filter { $0.effectiveDate == document.effectiveDate }
            .compactMap { $0.article(citation.article) }.first
    }

    static func articleLabel(_ citation: Citation) -> String {
        let label = citation.label
        guard let end = label.firstIndex(of: "条") else { return label }
        var result = String(label[...end])
        if citation.subArticle != nil, let sub = citation.subArticle.flatMap(ChineseNumeral.format) {
            result += "之\(sub)"
        }
        return result
    }

    /// The cases whose `legal_basis` cites an article of a law (any paragraph or item of it).
    /// - Parameters:
    ///   - law: the law's name, full title or alias (`条例`, `《中华人民共和国政府信息公开条例》`).
    ///   - article: the article number (第十五条 → 15).
    ///   - records: the records to look through; only cases are returned, in the given order.
    public func cases(citing law: String, article: Int, in records: [Record]) -> [Record] {
        let key = parser.aliases.canonical(law)
        return records.filter { record in
            record.kind == .case
                && parser.citations(inLegalBasis: record.legalBasis).joined().contains {
                    $0.canonicalLaw == key && $0.article == article
                }
        }
    }
}
