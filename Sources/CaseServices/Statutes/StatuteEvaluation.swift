import CaseIndex
import CaseLibrary
import Foundation

/// Runs a judged question set through the statute ranking and the plain BM25 baseline and
/// reports hit rates (a grade-3 article in the top k), nDCG@10 and the first grade-3 rank.
public enum StatuteEvaluation {
    /// One judged question; `grades` are by index id.
    public struct Question: Sendable {
        /// The question id (`qid`).
        public let id: String
        /// The question as the officer asked it.
        public let text: String
        /// Judged grades by article id; 3 marks an article that answers the question.
        public var grades: [String: Int]
    }

    /// The figures of one ranking of one question.
    public struct Scores: Sendable {
        /// One-based rank of the first grade-3 article, or nil when not in the list.
        public let firstAnswer: Int?
        /// nDCG@10 of the ranking (0–1).
        public let ndcg10: Double

        init(_ ranking: [String], grades: [String: Int]) {
            firstAnswer = ranking.firstIndex { (grades[$0] ?? 0) >= 3 }.map { $0 + 1 }
            ndcg10 = RankingMetrics.ndcg(ranking, grades: grades, k: 10)
        }

        /// Whether a grade-3 article is in the top k.
        public func hit(_ k: Int) -> Bool { firstAnswer.map { $0 <= k } ?? false }
    }

    /// One question's report.
    public struct QuestionReport: Sendable {
        /// The question id.
        public let id: String
        /// The statute ranking's figures.
        public let ours: Scores
        /// The plain BM25 baseline's figures.
        public let baseline: Scores
        /// Our top 10 articles, best first.
        public let top: [StatuteResult]
        /// The figures of the articles found through precedents as well (see
        /// `ApplicableArticles`), when that ranking was run.
        public var throughPrecedents: Scores?
    }

    /// The whole run.
    public struct Report: Sendable {
        /// Each question's report, in the order run.
        public let questions: [QuestionReport]
        /// Median milliseconds per question for the statute ranking.
        public let oursMilliseconds: Double
        /// Median milliseconds per question for the baseline.
        public let baselineMilliseconds: Double
    }

    /// Reads `{"qid", "text", "relevant": [{"file", "article", "grade"}]}` lines; each judged
    /// article is located by parsing `corpus/file`, so the ids match what an import produces.
    /// - Throws: `ServiceError.badInput` naming the line of a malformed question.
    public static func readQuestions(_ text: String, path: String, corpus: URL) throws -> [Question] {
        var parsed: [String: LawDocument] = [:]
        var out: [Question] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let value = try? JSONParser.parse(String(line)), let id = value["qid"]?.stringValue,
                let question = value["text"]?.stringValue
            else { throw ServiceError.badInput("\(path):\(offset + 1): 应为含 \"qid\"、\"text\"、\"relevant\" 的 JSON 对象") }
            var grades: [String: Int] = [:]
            var judgedList: [JSONValue] = []
            if case let .array(items)? = value["relevant"] { judgedList = items }
            for judged in judgedList {
                guard let file = judged["file"]?.stringValue, let label = judged["article"]?.stringValue,
                    let grade = judged["grade"]?.intValue else { continue }
                if parsed[file] == nil {
                    let text = (try? String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)) ?? ""
                    parsed[file] = StatuteParser.parse(text, path: corpus.appendingPathComponent(file).path).document
                }
                guard let document = parsed[file], let article = document.article(labelled: label) else { continue }
                grades[StatuteDocuments.id(for: document, article: article)] = grade
            }
            out.append(Question(id: id, text: question, grades: grades))
        }
        return out
    }

    /// Runs the evaluation over `library`'s index with its statute domain, the given weights and
    /// citation counts (nil: counted from the index's visible cases and training).
    public static func run(_ questions: [Question], library: CaseLibraryService, weights: StatuteWeights,
                           citations: StatuteCitationCounts?, throughPrecedents: ((String) throws -> [String])? = nil) throws -> Report {
        let finder = StatuteFinder(reader: try IndexReader(location: library.location), weights: weights,
                                   domain: StatuteDomain.load(from: library.folder.root).domain, citations: citations)
        return try run(questions, finder: finder, throughPrecedents: throughPrecedents)
    }

    /// Runs every question through both rankings, and through `throughPrecedents` (question → ranked
    /// statute ids) when given.
    public static func run(_ questions: [Question], finder: StatuteFinder,
                           throughPrecedents: ((String) throws -> [String])? = nil) throws -> Report {
        var reports: [QuestionReport] = []
        var ours: [Double] = [], base: [Double] = []
        for question in questions {
            let start = Date()
            let results = try finder.find(question.text, limit: 10)
            ours.append(Date().timeIntervalSince(start) * 1000)
            let baseStart = Date()
            let baseline = try finder.baseline(question.text, limit: 10)
            base.append(Date().timeIntervalSince(baseStart) * 1000)
            var report = QuestionReport(id: question.id, ours: Scores(results.map(\.id), grades: question.grades),
                                        baseline: Scores(baseline, grades: question.grades), top: results)
            if let throughPrecedents { report.throughPrecedents = Scores(try throughPrecedents(question.text), grades: question.grades) }
            reports.append(report)
        }
        return Report(questions: reports, oursMilliseconds: PrecedentEvaluation.median(ours),
                      baselineMilliseconds: PrecedentEvaluation.median(base))
    }

    /// The report as a table.
    public static func table(_ report: Report) -> String {
        let count = Double(max(report.questions.count, 1))
        func row(_ name: String, _ scores: [Scores]) -> String {
            let rates = [1, 5, 10].map { k in Double(scores.filter { $0.hit(k) }.count) / count }
            let ndcg = scores.map(\.ndcg10).reduce(0, +) / count
            return name.padding(toLength: 10, withPad: " ", startingAt: 0) + (rates + [ndcg]).map { String(format: "%8.3f", $0) }.joined()
        }
        var lines = ["方法        top-1   top-5  top-10 nDCG@10", row("statutes", report.questions.map(\.ours))]
        let through = report.questions.compactMap(\.throughPrecedents)
        if through.count == report.questions.count, !through.isEmpty { lines.append(row("+cases", through)) }
        lines += [row("baseline", report.questions.map(\.baseline)), "", "查询    首个 3 级答案的名次：本系统 / baseline"]
        for question in report.questions {
            let rank: (Scores) -> String = { $0.firstAnswer.map(String.init) ?? ">10" }
            lines.append(question.id.padding(toLength: 8, withPad: " ", startingAt: 0)
                + rank(question.ours).padding(toLength: 4, withPad: " ", startingAt: 0) + " / " + rank(question.baseline)
                + (question.throughPrecedents.map { "   (+cases \(rank($0)))" } ?? ""))
        }
        lines.append("")
        lines.append(String(format: "每个问题的延迟中位数：statutes %.2f ms，baseline %.2f ms",
                            report.oursMilliseconds, report.baselineMilliseconds))
        return lines.joined(separator: "\n")
    }
}
