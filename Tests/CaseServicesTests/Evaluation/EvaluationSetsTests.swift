import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

@Suite("Evaluation: halves by query id, the judged sets, and a smoke run of each")
struct EvaluationSetsTests {
    static let fixtures = ProjectPaths.root.appendingPathComponent("Tests/Fixtures/eval")

    /// Every judged set folder whose name starts with `prefix` (`precedents-fresh`, `precedents-fresh2`, …),
    /// so that a set added later is checked like the first.
    static func sets(_ prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasPrefix(prefix) }.sorted()
    }

    @Test func halvesFollowTheNumberAtTheEndOfTheID() throws {
        #expect(EvaluationHalf.of("DQ01") == .tune)
        #expect(EvaluationHalf.of("DQ12") == .heldOut)
        #expect(EvaluationHalf.of("SD07") == .tune)
        #expect(EvaluationHalf.of("X") == .heldOut)
        #expect(try EvaluationHalf.parse("held-out") == .heldOut)
        #expect(throws: ServiceError.self) { try EvaluationHalf.parse("odd") }
    }

    @Test func freshJudgmentsNameOnlyCasesPrecedentSearchMayShow() throws {
        let records = LibraryFolder(root: ProjectPaths.root.appendingPathComponent("Cases")).load().allRecords
        let shown = Set(records.filter { $0.kind == .case && $0.isVisibleByDefault }.map(\.id))
        let fresh = try Self.sets("precedents-fresh")
        #expect(fresh.count >= 8)
        for set in fresh + ["precedents-tune", "issue-six"] {
            let qrels = try String(contentsOf: Self.fixtures.appendingPathComponent("\(set)/qrels.txt"), encoding: .utf8)
            let judgments = try Judgments(qrels: qrels, path: set)
            let judged = Set(judgments.grades.values.flatMap(\.keys))
            #expect(judged.subtracting(shown).isEmpty, "\(set): \(judged.subtracting(shown).sorted())")
        }
        for set in fresh {
            let fresh = try String(contentsOf: Self.fixtures.appendingPathComponent("\(set)/queries.jsonl"), encoding: .utf8)
            #expect(try PrecedentEvaluation.readQueries(fresh, path: set).count >= 20)
        }
    }

    @Test func freshApplicationsRunOverTheShippedLibrary() throws {
        let directory = TemporaryDirectory("eval-fresh")
        let records = LibraryFolder(root: ProjectPaths.root.appendingPathComponent("Cases")).load().allRecords
        let elements = LegalElements.load(ProjectPaths.root.appendingPathComponent("Cases/elements.txt")).elements
        try PrecedentEvaluation.buildIndex(records: records, elements: elements, at: directory.url)
        let folder = Self.fixtures.appendingPathComponent("issue-six")
        let queries = try PrecedentEvaluation.readQueries(try String(contentsOf: folder.appendingPathComponent("queries.jsonl"), encoding: .utf8), path: "q")
        let judgments = try Judgments(qrels: try String(contentsOf: folder.appendingPathComponent("qrels.txt"), encoding: .utf8), path: "r")
        let report = try PrecedentEvaluation.run(queries: queries, judgments: judgments, corrected: [], indexFolder: directory.url,
                                                 elements: elements)
        #expect(report.queries.count == 6)
        #expect(report.ours.ndcg10 > report.baseline.ndcg10)
    }

    @Test(.enabled(if: ProjectPaths.shared("eval/precedents-dev") != nil, "../shared/eval is absent"))
    func developmentHalvesRunSideBySideWithTheBaseline() throws {
        let dev = try #require(ProjectPaths.shared("eval/precedents-dev"))
        let text = { (name: String) in try String(contentsOf: dev.appendingPathComponent(name), encoding: .utf8) }
        let records = JSONLines.read(try text("corpus.jsonl")).compactMap(\.record)
        let queries = try PrecedentEvaluation.readQueries(try text("queries.jsonl"), path: "queries")
        let judgments = try Judgments(qrels: try text("qrels.txt"), path: "qrels")
        let halves = Dictionary(grouping: queries) { EvaluationHalf.of($0.id) }
        #expect(halves[.tune]?.count == halves[.heldOut]?.count, "the split halves the set")
        let directory = TemporaryDirectory("eval-dev")
        let elements = LegalElements.load(ProjectPaths.root.appendingPathComponent("Cases/elements.txt")).elements
        try PrecedentEvaluation.buildIndex(records: records, elements: elements, at: directory.url)
        let report = try PrecedentEvaluation.run(queries: halves[.tune] ?? [], judgments: judgments, corrected: [],
                                                 indexFolder: directory.url, elements: elements)
        #expect(report.ours.ndcg10 > report.baseline.ndcg10)
    }

    @Test(.enabled(if: ProjectPaths.shared("corpora/lawrefbook") != nil, "../shared/corpora/lawrefbook is absent"))
    func freshStatuteQuestionsResolveEveryJudgedArticle() throws {
        let corpus = try #require(ProjectPaths.shared("corpora/lawrefbook"))
        let fresh = try Self.sets("statutes-fresh")
        #expect(fresh.count >= 12)
        for set in fresh + ["statutes-tune"] {
            let path = Self.fixtures.appendingPathComponent("\(set)/queries.jsonl")
            let text = try String(contentsOf: path, encoding: .utf8)
            let questions = try StatuteEvaluation.readQuestions(text, path: path.path, corpus: corpus)
            #expect(questions.count >= 20, "\(set)")
            let judged = text.components(separatedBy: "\"grade\"").count - 1
            #expect(questions.map(\.grades.count).reduce(0, +) == judged, "\(set): every judged article is found in the corpus")
            #expect(questions.allSatisfy { $0.grades.values.contains(3) }, "\(set)")
        }
    }
}
