import CaseLibrary
import Foundation

/// The statute articles that apply to an application, for the answer desk: the articles the
/// precedents cite in `legal_basis` (a corrected precedent's citations are not counted as support:
/// they are listed as warnings) and those statute search finds for the application's text, each
/// with the text of the version in force on the application's date.
///
/// Deliberately simple and self-contained (the ranking work builds a richer list elsewhere).
public struct DeskArticle: Sendable, Equatable {
    /// The law's title as the statute file gives it (中华人民共和国政府信息公开条例), or as cited.
    public let law: String
    /// The article label (第三十六条).
    public let article: String
    /// The article number.
    public let number: Int
    /// The effective date of the version quoted, nil when the library does not hold it.
    public let version: String?
    /// The article's text in that version, nil when the library does not hold it.
    public let text: String?
    /// The provisions cited within it (第三十六条第（三）项), as the precedents cite them.
    public let provisions: [String]
    /// Precedents citing it that were not corrected afterwards.
    public let cases: [String]
    /// Precedents citing it whose answers were corrected: warnings.
    public let correctedCases: [String]
    /// Whether statute search found it for the application's text.
    public let foundBySearch: Bool
    /// Whether the version quoted is the one in force on the application's date. False when the
    /// precedents cited an earlier version (a 2008-regime case's 第二十一条 is not today's): the
    /// text quoted is then the version they cited, never today's article of the same number.
    public let inForce: Bool
}

/// Gathers ``DeskArticle``s.
public enum DeskArticles {
    /// Articles from the precedents' citations and the statute search results, resolved on `date`.
    ///
    /// - Parameters:
    ///   - precedents: the precedents shown, best first.
    ///   - searched: (law, article number) pairs found by statute search, best first.
    ///   - linker: parses citations and holds the statutes.
    ///   - date: the application's date, `YYYY-MM-DD`.
    /// - Returns: cited articles first (by the number of supporting precedents), then searched ones.
    public static func gather(precedents: [PrecedentResult], searched: [(law: String, article: Int)], linker: CitationLinker,
                              date: String) -> [DeskArticle] {
        struct Entry { var law: String; var number: Int; var older: Bool; var cited: LawDocument?; var provisions: [String] = []; var cases: [String] = []
            var corrected: [String] = []; var searched = false; var rank: Int }
        var entries: [String: Entry] = [:]
        var order: [String] = []
        func entry(_ lawKey: String, _ number: Int, older: Bool = false, cited: LawDocument? = nil) -> String {
            let key = "\(lawKey)|\(number)|\(older ? cited?.effectiveDate ?? "older" : "")"
            if entries[key] == nil {
                entries[key] = Entry(law: lawKey, number: number, older: older, cited: cited, rank: order.count)
                order.append(key)
            }
            return key
        }
        for result in precedents {
            let corrected = result.history.status == .corrected
            var seen = Set<String>()
            for citation in linker.parser.citations(inLegalBasis: result.record.legalBasis).joined() {
                // The version the precedent cited; kept apart only when it is not the one in force now.
                let cited = linker.document(for: citation, record: result.record)
                let current = linker.statutes.document(for: citation.canonicalLaw, on: date)
                // A 2008-regime case cites the 2008 Regulations even when the library lacks them.
                let oldRegulations = citation.canonicalLaw == CitationLinker.ogiLaw && result.record.effectiveRegime == "2008"
                    && date >= CitationLinker.regime2019Start
                let older = oldRegulations || (cited != nil && cited?.effectiveDate != current?.effectiveDate)
                let key = entry(citation.canonicalLaw, citation.article, older: older, cited: older ? cited : nil)
                if !(entries[key]?.provisions.contains(citation.label) ?? true) { entries[key]?.provisions.append(citation.label) }
                guard seen.insert(key).inserted else { continue }
                if corrected { entries[key]?.corrected.append(result.record.id) } else { entries[key]?.cases.append(result.record.id) }
            }
        }
        for (law, number) in searched {
            let key = entry(linker.parser.aliases.canonical(law), number)
            entries[key]?.searched = true
        }
        let sorted = order.compactMap { entries[$0] }.sorted { a, b in
            (a.older ? 0 : 1, a.cases.count, a.searched ? 1 : 0, -a.rank) > (b.older ? 0 : 1, b.cases.count, b.searched ? 1 : 0, -b.rank)
        }
        return sorted.map { item in
            let document = item.older ? item.cited : linker.statutes.document(for: item.law, on: date)
            let article = item.older ? document?.article(item.number) : linker.statutes.resolve(law: item.law, article: item.number, on: date)
            let label = article?.label ?? "第\(CaseLibrary.ChineseNumeral.format(item.number) ?? String(item.number))条"
            return DeskArticle(law: article != nil ? (document?.title ?? item.law) : item.law, article: label, number: item.number,
                               version: article != nil ? document?.effectiveDate : nil, text: article?.text,
                               provisions: item.provisions, cases: item.cases, correctedCases: item.corrected,
                               foundBySearch: item.searched, inForce: !item.older)
        }
    }
}
