import CaseLibrary
import Foundation

/// Combines direct statute search with the `legal_basis` of an application's precedents into the
/// articles that apply to it (see `ApplicableArticle`).
///
/// Each precedent that was not corrected supports the articles it cites with a weight: its score
/// relative to the best precedent's, times 1.2 when upheld in litigation and 1.1 when upheld on
/// reconsideration. An article's precedent support is the supporting weight over the total weight
/// of the precedents; its search standing is its statute-search score over the best one's. The
/// combined score is `precedentShare × support + (1 − precedentShare) × standing`.
public struct ApplicableArticles {
    /// The share of the score given to the precedents' support (the rest to statute search).
    public var precedentShare = 0.6
    /// How many precedents are read (the best ones).
    public var precedentCount = 5
    /// The linker resolving citations and versions.
    public let linker: CitationLinker

    /// Combines with `linker`'s statutes and parser.
    public init(linker: CitationLinker) { self.linker = linker }

    private struct Key: Hashable { let law: String; let number: Int }

    private struct Entry {
        var support = 0.0, standing = 0.0
        var citing: [String] = [], corrected: [String] = []
        var title: String?, label: String?
    }

    /// The applicable articles, best first.
    /// - Parameters:
    ///   - precedents: the application's precedents, best first.
    ///   - found: statute-search results for the application's text, best first.
    ///   - date: the application's date (`YYYY-MM-DD`), which picks the versions.
    ///   - limit: how many to return.
    public func combine(precedents: [PrecedentResult], found: [StatuteResult], on date: String, limit: Int) -> [ApplicableArticle] {
        var entries: [Key: Entry] = [:]
        var order: [Key] = []
        func entry(_ key: Key) -> Entry {
            if entries[key] == nil { order.append(key) }
            return entries[key] ?? Entry()
        }
        let read = Array(precedents.prefix(precedentCount))
        let best = read.map(\.score).max() ?? 0
        var total = 0.0
        for precedent in read {
            let weight = best > 0 ? precedent.score / best : 1
            let authority = precedent.history.upheldInLitigation ? 1.2 : (precedent.history.upheldInReconsideration ? 1.1 : 1)
            if !precedent.isCorrected { total += weight * authority }
            var seen = Set<Key>()
            for citation in linker.legalBasisCitations(in: precedent.record).joined() {
                let key = Key(law: citation.lawKey, number: citation.articleNumber)
                guard seen.insert(key).inserted else { continue }
                var current = entry(key)
                if precedent.isCorrected {
                    current.corrected.append(precedent.record.id)
                } else {
                    current.support += weight * authority
                    current.citing.append(precedent.record.id)
                }
                entries[key] = current
            }
        }
        let top = found.map(\.score).max() ?? 0
        for result in found {
            guard let law = result.field("law"), let number = result.statute["number"]?.intValue else { continue }
            let key = Key(law: linker.parser.aliases.canonical(law), number: number)
            var current = entry(key)
            current.standing = max(current.standing, top > 0 ? result.score / top : 0)
            current.title = current.title ?? law
            current.label = current.label ?? result.field("article")
            entries[key] = current
        }
        let articles = order.compactMap { key -> ApplicableArticle? in
            guard let item = entries[key], item.support > 0 || item.standing > 0 else { return nil }
            let support = total > 0 ? item.support / total : 0
            let chosen = linker.statutes.document(for: key.law, on: date)
            // A law split over files with one date (民法典 by 编): the file holding the article.
            let document = chosen?.article(key.number) != nil ? chosen
                : linker.statutes.versions(of: key.law).first { $0.effectiveDate == chosen?.effectiveDate && $0.article(key.number) != nil }
            let article = document?.article(key.number)
            let label = article?.label ?? item.label ?? "第\(CaseLibrary.ChineseNumeral.format(key.number) ?? String(key.number))条"
            return ApplicableArticle(
                law: document?.title ?? item.title ?? key.law, article: label, number: key.number,
                version: article == nil ? nil : document?.effectiveDate, text: article?.text, citingCases: item.citing,
                correctedCases: item.corrected, foundBySearch: item.standing > 0,
                statuteID: document.flatMap { law in article.map { StatuteDocuments.id(for: law, article: $0) } },
                score: precedentShare * support + (1 - precedentShare) * item.standing)
        }
        return Array(articles.sorted { ($0.score, $1.law, $1.number) > ($1.score, $0.law, $0.number) }.prefix(max(0, limit)))
    }
}
