import CaseIndex
import CaseLibrary

/// How often the office's own cases and training material cite each article: a prior for the
/// statute ranking (an article the office keeps citing answers the office's questions).
public struct StatuteCitationCounts: Sendable, Equatable {
    /// `lawKey#article` → citations.
    public private(set) var counts: [String: Int] = [:]

    /// No citations.
    public init() {}

    /// The count key of an article.
    public static func key(law: String, article: Int) -> String { "\(LawTitle.key(law))#\(article)" }

    /// Citations of an article.
    public func count(law: String, article: Int) -> Int { counts[Self.key(law: law, article: article)] ?? 0 }

    /// Counts a record's citations: its `legal_basis` entries, and provisions named in its
    /// analysis, consultation notes, response note and body (bare 第X条 there are read as the OGI
    /// Regulations, the office's default law). One record counts an article once.
    public mutating func add(_ record: Record, parser: CitationParser = CitationParser()) {
        var cited = Set<String>()
        for entry in parser.citations(inLegalBasis: record.legalBasis) {
            for citation in entry { cited.insert(Self.key(law: citation.canonicalLaw, article: citation.article)) }
        }
        for field in IndexSchema.applyingFields {
            guard let text = record.text(field) else { continue }
            for citation in parser.citations(in: text) { cited.insert(Self.key(law: citation.canonicalLaw, article: citation.article)) }
        }
        for key in cited { counts[key, default: 0] += 1 }
    }

    /// Counts the citations of every case and training record in an index (hidden ones too: a
    /// draft's legal basis is still the office's practice).
    public static func read(from reader: IndexReader, includeHidden: Bool = false) throws -> StatuteCitationCounts {
        var out = StatuteCitationCounts()
        let either = IndexQuery.or([.filterValue("kind", "case"), .filterValue("kind", "training")])
        // Only what the caller may see is counted: "cited by N" never reveals a hidden case.
        let kinds = includeHidden ? either : .andNot(either, .hidden)
        let total = try reader.run(.filter(.all, kinds), offset: 0, limit: 0).total
        guard total > 0 else { return out }
        let parser = CitationParser()
        for match in try reader.run(.filter(.all, kinds), offset: 0, limit: total, exactTotal: false).matches {
            if let record = match.item.record { out.add(record, parser: parser) }
        }
        return out
    }
}
