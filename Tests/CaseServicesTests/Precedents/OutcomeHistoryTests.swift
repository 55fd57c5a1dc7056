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

    @Test func remandIsPending() {
        #expect(history([("一审", "驳回诉讼请求", "2021-05-01"), ("二审", "发回重审", "2021-09-01")]).status == .pending)
    }

    @Test func withdrawalsAndDismissalsLeaveTheCaseUnchallengedOnTheMerits() {
        #expect(history([("一审", "准许撤诉", "2021-05-01"), ("行政复议", "驳回复议申请", "2021-01-01")]).status == .unchallenged)
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
        #expect(throws: ServiceError.badInput("q:2: expected `qid 0 docid grade`")) { try Judgments(qrels: "Q1 0 a 3\nQ1 a\n", path: "q") }
    }
}
