import Foundation

/// Graded relevance judgments: query id → document id → grade (TREC qrels).
public struct Judgments: Sendable {
    /// Grades by query and document.
    public let grades: [String: [String: Int]]

    /// Parses TREC qrels lines `qid 0 docid grade`.
    /// - Throws: `ServiceError.badInput` naming the line of a malformed row.
    public init(qrels text: String, path: String = "qrels") throws {
        var grades: [String: [String: Int]] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { continue }
            guard fields.count == 4, let grade = Int(fields[3]) else {
                throw ServiceError.badInput("\(path):\(offset + 1): 应为“qid 0 docid grade”格式")
            }
            grades[String(fields[0]), default: [:]][String(fields[2])] = grade
        }
        self.grades = grades
    }
}

/// The standard ranking measures over one ranked list.
public enum RankingMetrics {
    /// Grade at or above which a document counts as relevant for P@k, MAP and recall.
    public static let relevantGrade = 2

    /// nDCG@k with linear gains (the grade) and log2 discounts, as trec_eval's ndcg_cut.
    public static func ndcg(_ ranking: [String], grades: [String: Int], k: Int) -> Double {
        let dcg = ranking.prefix(k).enumerated().reduce(0.0) { sum, item in
            sum + Double(grades[item.element] ?? 0) / log2(Double(item.offset) + 2)
        }
        let ideal = grades.values.filter { $0 > 0 }.sorted(by: >).prefix(k).enumerated().reduce(0.0) { sum, item in
            sum + Double(item.element) / log2(Double(item.offset) + 2)
        }
        return ideal > 0 ? dcg / ideal : 0
    }

    /// Precision at k: the share of the top k that is relevant.
    public static func precision(_ ranking: [String], grades: [String: Int], k: Int) -> Double {
        Double(ranking.prefix(k).filter { (grades[$0] ?? 0) >= relevantGrade }.count) / Double(k)
    }

    /// Average precision over the relevant documents (those not retrieved count as zero).
    public static func averagePrecision(_ ranking: [String], grades: [String: Int]) -> Double {
        let relevant = grades.values.filter { $0 >= relevantGrade }.count
        guard relevant > 0 else { return 0 }
        var found = 0
        var sum = 0.0
        for (offset, id) in ranking.enumerated() where (grades[id] ?? 0) >= relevantGrade {
            found += 1
            sum += Double(found) / Double(offset + 1)
        }
        return sum / Double(relevant)
    }

    /// Recall at k: the share of relevant documents in the top k.
    public static func recall(_ ranking: [String], grades: [String: Int], k: Int) -> Double {
        let relevant = grades.values.filter { $0 >= relevantGrade }.count
        guard relevant > 0 else { return 0 }
        return Double(ranking.prefix(k).filter { (grades[$0] ?? 0) >= relevantGrade }.count) / Double(relevant)
    }

    /// All five measures for one query.
    public static func all(_ ranking: [String], grades: [String: Int]) -> Scores {
        Scores(ndcg5: ndcg(ranking, grades: grades, k: 5), ndcg10: ndcg(ranking, grades: grades, k: 10),
               p5: precision(ranking, grades: grades, k: 5), map: averagePrecision(ranking, grades: grades),
               recall20: recall(ranking, grades: grades, k: 20))
    }

    /// The measures of a run.
    public struct Scores: Sendable, Equatable {
        /// nDCG@5, nDCG@10, P@5, MAP and recall@20, each 0–1.
        public var ndcg5 = 0.0, ndcg10 = 0.0, p5 = 0.0, map = 0.0, recall20 = 0.0

        /// The mean of several queries' scores.
        public static func mean(_ scores: [Scores]) -> Scores {
            guard !scores.isEmpty else { return Scores() }
            let n = Double(scores.count)
            return Scores(ndcg5: scores.map(\.ndcg5).reduce(0, +) / n, ndcg10: scores.map(\.ndcg10).reduce(0, +) / n,
                          p5: scores.map(\.p5).reduce(0, +) / n, map: scores.map(\.map).reduce(0, +) / n,
                          recall20: scores.map(\.recall20).reduce(0, +) / n)
        }
    }
}
