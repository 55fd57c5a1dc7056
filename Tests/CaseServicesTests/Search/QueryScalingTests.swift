import CaseIndex
import CaseLibrary
import Foundation
import Testing

/// A document's weight is the sum of what its query's parts give it, whatever the query's shape.
/// Xapian 1.4.22 broke this on the sample library for the precedent query's shape — a scaled OR of
/// thesaurus phrases, two of which match nothing, beside other terms, under the "visible cases"
/// filter: 2016-XH-0011's 被侵害人 phrase counted nearly twice, so a filter matching every case
/// changed the scores. The index now scales each part of an OR instead (same meaning).
@Suite("Weights do not depend on the query's shape")
struct QueryScalingTests {
    private static let words = ["治安案件", "被侵害人", "要材料", "要文件", "处罚文书", "处罚单", "行政处罚决定书"]

    private static func weights(_ reader: IndexReader, _ query: IndexQuery) throws -> [String: Double] {
        let matches = try reader.run(query, offset: 0, limit: 300, exactTotal: true, bm25: (k1: 1.2, b: 0.6), matchingTerms: false).matches
        return Dictionary(uniqueKeysWithValues: matches.map { ($0.item.id, $0.weight) })
    }

    @Test func aScaledOrOfPhrasesWeighsTheSameUnderAFilterOnTheSampleLibrary() throws {
        let service = try #require(SampleLibrary.service)
        let reader = try IndexReader(location: service.location)
        let phrases = Self.words.compactMap { QueryBuilder.synonymWeighedAsPhrase($0, indexed: false) }
        let terms = IndexQuery.or([.term("推搡"), .term("殴打"), .term("处罚")])
        let query = IndexQuery.or([terms, .scaled(.or(phrases), 0.5)])
        let plain = try Self.weights(reader, query)
        let filtered = try Self.weights(reader, .filter(query, .andNot(.filterValue("kind", "case"), .hidden)))
        #expect(filtered["2016-XH-0011"] != nil)
        let parts = try Self.weights(reader, terms), scaled = try Self.weights(reader, .scaled(.or(phrases), 0.5))
        for (id, weight) in filtered {
            #expect(abs(weight - (plain[id] ?? -1)) < 1e-9, "\(id): a filter adds no weight")
            #expect(abs(weight - (parts[id] ?? 0) - (scaled[id] ?? 0)) < 1e-9, "\(id): the parts' weights add up")
        }
    }
}
