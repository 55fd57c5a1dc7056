import Foundation
import CaseLibrary
import CaseServices
import TestSupport
import Testing

@Suite("Outcome history and final status")
struct OutcomeHistoryTests {
    private func history(_ outcomes: [(String, String, String)]) -> OutcomeHistory {
        OutcomeHistory(outcomes: outcomes.enumerated().compactMap { offset, item in
            Fixtures.record(Fixtures.outcomeJSON(id: "O-\(offset)", ["stage": item.0, "result": item.1, "date": item.2]))
        })
    }

    @Test func noOutcomeIsUnchallenged() { #expect(history([]).status == .unchallenged) }

    @Test func anyCorrectionMakesTheCaseCorrected() {
        let chain = history([("行政复议", "维持", "2021-01-01"), ("一审", "驳回诉讼请求", "2021-05-01"), ("二审", "改判", "2021-09-01")])
        #expect(chain.status == .corrected)
        #expect(chain.corrections.map(\.result) == ["改判"])
    }

    @Test func upheldChainIsUpheldAndCountsAsLitigation() {
        let chain = history([("一审", "驳回诉讼请求", "2021-05-01"), ("行政复议", "维持", "2021-01-01")])
        #expect(chain.status == .upheld)
        #expect(chain.upheldInLitigation && chain.upheldInReconsideration)
        #expect(chain.outcomes.map(\.stage) == ["行政复议", "一审"], "ordered by date")
    }

    // Issue 12: a remand, a withdrawal or a dismissal is a challenge that ended otherwise — `other`,
    // never "未经复议诉讼" (the old `pending` and `unchallenged` answers for these were the bug).
    @Test func remandIsOther() {
        let chain = history([("一审", "驳回诉讼请求", "2021-05-01"), ("二审", "发回重审", "2021-09-01")])
        #expect(chain.status == .other)
        #expect(chain.isRemanded)
    }

    @Test func withdrawalsAndDismissalsAreOtherNotUnchallenged() {
        #expect(history([("一审", "准许撤诉", "2021-05-01"), ("行政复议", "驳回复议申请", "2021-01-01")]).status == .other)
        #expect(history([("一审", "驳回起诉", "2022-05-01")]).status == .other)
        #expect(history([("一审", "准许撤诉", "2017-05-01")]).status == .other)
        #expect(history([("行政复议", "终止", "2024-03-01")]).status == .other)
    }

    /// Every combination of up to three outcome effects (upheld / corrected / other), in every
    /// order, against the rule stated independently: none → unchallenged; any correction →
    /// corrected; else any upholding → upheld; else other.
    @Test func everyCombinationOfEffects() {
        let samples: [(stage: String, result: String, effect: String)] = [
            ("行政复议", "维持", "upheld"), ("一审", "驳回诉讼请求", "upheld"), ("二审", "驳回上诉维持原判", "upheld"),
            ("行政复议", "撤销", "corrected"), ("一审", "确认违法", "corrected"), ("二审", "改判", "corrected"),
            ("行政复议", "终止", "other"), ("一审", "驳回起诉", "other"), ("一审", "准许撤诉", "other"), ("行政复议", "驳回复议申请", "other"),
        ]
        var checked = 0
        for length in 0...3 {
            var combination = [Int](repeating: 0, count: length)
            while true {
                let chosen = combination.map { samples[$0] }
                let dated = chosen.enumerated().map { ($0.element.stage, $0.element.result, "202\($0.offset)-03-01") }
                let effects = Set(chosen.map(\.effect))
                let expected: OutcomeHistory.Status = chosen.isEmpty ? .unchallenged
                    : effects.contains("corrected") ? .corrected : effects.contains("upheld") ? .upheld : .other
                #expect(history(dated).status == expected, "\(chosen.map(\.result))")
                checked += 1
                var position = length - 1
                while position >= 0 && combination[position] == samples.count - 1 { combination[position] = 0; position -= 1 }
                if position < 0 { break }
                combination[position] += 1
            }
        }
        #expect(checked == 1 + 10 + 100 + 1000)
    }

    @Test func labelsAreChineseAndDistinct() {
        let labels = OutcomeHistory.Status.allCases.map(\.label)
        #expect(labels == ["未经复议诉讼", "经复议诉讼维持", "被纠正", "其他结果"])
    }
}

@Suite("Ranking measures")
struct RankingMetricsTests {
    let grades = ["a": 3, "b": 2, "c": 1, "d": 0]

    @Test func perfectRankingScoresOne() {
        #expect(abs(RankingMetrics.ndcg(["a", "b", "c"], grades: grades, k: 10) - 1) < 1e-9)
        #expect(RankingMetrics.averagePrecision(["a", "b"], grades: grades) == 1)
    }

    @Test func ndcgMatchesAHandComputation() {
        // DCG = 2/log2(2) + 0 + 3/log2(4) = 2 + 1.5; IDCG = 3 + 2/log2(3) + 1/log2(4)
        let expected = 3.5 / (3 + 2 / log2(3.0) + 0.5)
        #expect(abs(RankingMetrics.ndcg(["b", "d", "a"], grades: grades, k: 10) - expected) < 1e-9)
    }

    @Test func precisionMapAndRecallUseGradeTwoAsRelevant() {
        #expect(RankingMetrics.precision(["c", "a", "d", "b", "x"], grades: grades, k: 5) == 0.4)
        #expect(abs(RankingMetrics.averagePrecision(["c", "a", "d", "b"], grades: grades) - (0.5 + 0.5) / 2) < 1e-9)
        #expect(RankingMetrics.recall(["a"], grades: grades, k: 20) == 0.5)
    }

    @Test func qrelsParseAndMalformedLinesAreNamed() throws {
        let judgments = try Judgments(qrels: "Q1 0 a 3\nQ1 0 b 0\n\nQ2 0 c 2\n")
        #expect(judgments.grades["Q1"]?["a"] == 3 && judgments.grades["Q2"]?["c"] == 2)
        #expect(throws: ServiceError.badInput("q:2: 应为“qid 0 docid grade”格式")) { try Judgments(qrels: "Q1 0 a 3\nQ1 a\n", path: "q") }
    }
}
