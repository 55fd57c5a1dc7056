import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

@Suite("Precedent evaluation on the development set (smoke: it runs and reports; no thresholds)")
struct PrecedentEvaluationTests {
    @Test(.enabled(if: ProjectPaths.shared("eval/precedents-dev") != nil, "../shared/eval/precedents-dev is absent"))
    func evaluationRunsOnTheDevelopmentSetAndReportsBothRuns() throws {
        let folder = try #require(ProjectPaths.shared("eval/precedents-dev"))
        let corpus = try String(contentsOf: folder.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
        let records = JSONLines.read(corpus).compactMap(\.record)
        let directory = TemporaryDirectory("eval")
        try PrecedentEvaluation.buildIndex(records: records, at: directory.url)
        let queries = try PrecedentEvaluation.readQueries(
            try String(contentsOf: folder.appendingPathComponent("queries.jsonl"), encoding: .utf8), path: "queries.jsonl")
        let judgments = try Judgments(qrels: try String(contentsOf: folder.appendingPathComponent("qrels.txt"), encoding: .utf8))
        let corrected = Set(try String(contentsOf: folder.appendingPathComponent("corrected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init))
        let thesaurus = Thesaurus.load(ProjectPaths.root.appendingPathComponent("Cases/thesaurus.txt")).thesaurus
        let report = try PrecedentEvaluation.run(queries: queries, judgments: judgments, corrected: corrected,
                                                 reader: try IndexReader(location: IndexLocation(root: directory.url)), thesaurus: thesaurus)
        #expect(report.queries.count == queries.count)
        let table = PrecedentEvaluation.table(report)
        #expect(table.contains("precedent") && table.contains("baseline") && table.contains("nDCG@10"))
        #expect(report.queries.allSatisfy { $0.correctedReturned.allSatisfy(\.flagged) }, "every corrected case returned carries the flag")
        print(table)
    }
}
