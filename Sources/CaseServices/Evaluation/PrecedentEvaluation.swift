import CaseIndex
import CaseLibrary
import Foundation

/// Runs a judged query set through the precedent ranking and through the plain baseline, on one
/// temporary index built from a corpus, and reports the standard measures for both.
public struct PrecedentEvaluation {
    /// One query of the set.
    public struct Query: Sendable {
        /// The query id (`qid`), as in the judgments.
        public let id: String
        /// The application text.
        public let text: String
        /// The application's category, when the query gives one.
        public let category: String?
    }

    /// Per-query figures.
    public struct QueryReport: Sendable {
        /// The query id.
        public let id: String
        /// The precedent ranking's measures.
        public let ours: RankingMetrics.Scores
        /// The plain BM25 baseline's measures.
        public let baseline: RankingMetrics.Scores
        /// Corrected cases returned in our top 20, and whether each carried the flag.
        public let correctedReturned: [(id: String, flagged: Bool)]
        /// The ids of our top 20, best first.
        public let ranking: [String]
    }

    /// The whole run.
    public struct Report: Sendable {
        /// Each query's figures, in the order run.
        public let queries: [QueryReport]
        /// The precedent ranking's measures, averaged over the queries.
        public var ours: RankingMetrics.Scores { .mean(queries.map(\.ours)) }
        /// The baseline's measures, averaged over the queries.
        public var baseline: RankingMetrics.Scores { .mean(queries.map(\.baseline)) }
        /// Median milliseconds per query.
        public let precedentMilliseconds: Double
        /// Median milliseconds per query for the baseline.
        public let baselineMilliseconds: Double
        /// Median milliseconds per query for a plain search (the text's first 12 characters, cases only).
        public let searchMilliseconds: Double
    }

    /// Reads queries from JSONL lines `{"qid", "text", "category"?}`.
    public static func readQueries(_ text: String, path: String) throws -> [Query] {
        var out: [Query] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let value = try? JSONParser.parse(String(line)), let id = value["qid"]?.stringValue,
                let query = value["text"]?.stringValue
            else { throw ServiceError.badInput("\(path):\(offset + 1): 应为含 \"qid\"、\"text\" 的 JSON 对象") }
            out.append(Query(id: id, text: query, category: value["category"]?.stringValue))
        }
        return out
    }

    /// Builds an index of `records` in `indexFolder` (which must be empty or absent).
    /// `extra` sources (statute articles) go into the same index, as in a real library.
    /// `elements` are indexed on cases and the `thesaurus`'s words on every document, as the library
    /// does (see `RecordDocuments`, `ThesaurusTerms`).
    public static func buildIndex(records: [Record], extra: [IndexSource] = [], elements: LegalElements = LegalElements(),
                                  thesaurus: Thesaurus = Thesaurus(), at indexFolder: URL) throws {
        let sources = records.map { record in
            let payload = JSONWriter.compact(record.json)
            return IndexSource(relativePath: RecordFile.relativePath(kind: record.kind, id: record.id),
                               contentHash: SHA256.hex(Array(payload.utf8)),
                               documents: [RecordDocuments.document(for: record, path: nil, elements: elements)])
        }
        _ = try LibraryIndexer(location: IndexLocation(root: indexFolder))
            .update(sources: (sources + extra).map { ThesaurusTerms.adding(thesaurus, to: $0) }, rebuild: true)
    }

    /// Runs the evaluation over the index built at `indexFolder` (see ``buildIndex(records:extra:elements:thesaurus:at:)``).
    public static func run(queries: [Query], judgments: Judgments, corrected: Set<String>, indexFolder: URL,
                           weights: PrecedentWeights = PrecedentWeights(), thesaurus: Thesaurus = Thesaurus(),
                           elements: LegalElements = LegalElements()) throws -> Report {
        let reader = try IndexReader(location: IndexLocation(root: indexFolder))
        return try run(queries: queries, judgments: judgments, corrected: corrected, reader: reader, weights: weights,
                       thesaurus: thesaurus, elements: elements)
    }

    /// Runs every query through both rankings.
    public static func run(queries: [Query], judgments: Judgments, corrected: Set<String>, reader: IndexReader,
                           weights: PrecedentWeights = PrecedentWeights(), thesaurus: Thesaurus = Thesaurus(),
                           elements: LegalElements = LegalElements()) throws -> Report {
        let finder = PrecedentFinder(reader: reader, weights: weights, thesaurus: thesaurus, elements: elements)
        var reports: [QueryReport] = []
        var oursTimes: [Double] = [], baseTimes: [Double] = [], searchTimes: [Double] = []
        for query in queries {
            let grades = judgments.grades[query.id] ?? [:]
            var request = PrecedentFinder.Request(text: query.text, category: query.category, limit: 20)
            request.limit = 20
            let start = Date()
            let results = try finder.find(request)
            oursTimes.append(Date().timeIntervalSince(start) * 1000)
            let baseStart = Date()
            let baseline = try finder.baseline(query.text, limit: 20)
            baseTimes.append(Date().timeIntervalSince(baseStart) * 1000)
            let searchStart = Date()
            _ = try reader.search(SearchRequest(query: String(query.text.prefix(12)), filters: ["kind": ["case"]]))
            searchTimes.append(Date().timeIntervalSince(searchStart) * 1000)
            let ranking = results.map(\.record.id)
            let flagged = results.filter { corrected.contains($0.record.id) }.map { ($0.record.id, $0.isCorrected) }
            reports.append(QueryReport(id: query.id, ours: RankingMetrics.all(ranking, grades: grades),
                                       baseline: RankingMetrics.all(baseline, grades: grades),
                                       correctedReturned: flagged, ranking: ranking))
        }
        return Report(queries: reports, precedentMilliseconds: median(oursTimes), baselineMilliseconds: median(baseTimes),
                      searchMilliseconds: median(searchTimes))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The report as a table.
    public static func table(_ report: Report) -> String {
        func row(_ name: String, _ s: RankingMetrics.Scores) -> String {
            name.padding(toLength: 10, withPad: " ", startingAt: 0)
                + [s.ndcg5, s.ndcg10, s.p5, s.map, s.recall20].map { String(format: "%8.3f", $0) }.joined()
        }
        var lines = ["方法      nDCG@5 nDCG@10     P@5     MAP  R@20", row("precedent", report.ours), row("baseline", report.baseline)]
        lines.append(String(format: "提升      %+8.3f%+8.3f%+8.3f%+8.3f%+8.3f", report.ours.ndcg5 - report.baseline.ndcg5,
                            report.ours.ndcg10 - report.baseline.ndcg10, report.ours.p5 - report.baseline.p5,
                            report.ours.map - report.baseline.map, report.ours.recall20 - report.baseline.recall20))
        lines.append("")
        lines.append("查询    nDCG@10 本系统 / baseline  返回的被纠正案例（是否已标记）")
        for query in report.queries {
            let flags = query.correctedReturned.map { "\($0.id) \($0.flagged ? "已标记" : "未标记")" }.joined(separator: ", ")
            let allFlagged = query.correctedReturned.allSatisfy(\.flagged)
            lines.append(query.id.padding(toLength: 8, withPad: " ", startingAt: 0)
                + String(format: "%7.3f / %-8.3f  ", query.ours.ndcg10, query.baseline.ndcg10)
                + (allFlagged ? "均已标记" : "缺少标记") + (flags.isEmpty ? "" : "：" + flags))
        }
        lines.append("")
        lines.append(String(format: "每个查询的延迟中位数：precedent %.2f ms，baseline %.2f ms，普通检索 %.2f ms",
                            report.precedentMilliseconds, report.baselineMilliseconds, report.searchMilliseconds))
        return lines.joined(separator: "\n")
    }
}
