import CaseIndex
import CaseLibrary
import Foundation
import Testing

@testable import CaseServices

/// How a question's bigrams are weighed: a bigram cut across two words weighs less than a word, and
/// an article meeting more of them counts for more than one repeating one of them.
struct StatuteQueryTests {
    /// 能按 (能 | 按照) occurs in the articles no more often than its characters would by chance;
    /// 材料 occurs wherever its characters do. Regression (2026-12-08): the exponent, 0.5 until then,
    /// is 0.25 — cut-across bigrams still weigh less than words, but less harshly.
    @Test func aBigramCutAcrossWordsWeighsLessThanAWord() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("甲条例", date: "2019-01-01", articles: [
            ("第一条", "申请人能按照规定查阅。"),
            ("第二条", "行政机关能够答复的，应当答复。"),
            ("第三条", "行政机关可能需要延长答复期限。"),
            ("第四条", "按照本条例提供材料。"),
            ("第五条", "按照规定收取费用。"),
            ("第六条", "申请人提交的材料不全的，可以要求补正。"),
        ]), as: "甲条例(2019-01-01).md")
        let reader = try fixture.index()
        let prefix = try #require(IndexSchema.textField("body")?.prefix)
        let total = Double(try reader.termFrequency(IndexSchema.filterTerm("kind", "statute") ?? ""))
        #expect(total == 6)
        func cohesion(_ term: String, exponent: Double) throws -> Double {
            var weights = StatuteWeights()
            weights.cohesionExponent = exponent
            return try StatuteQuery.cohesion(term, frequency: reader.termFrequency(prefix + term), reader: reader, total: total, weights: weights)
        }
        // df(能按) · N / (df(能) · df(按)) = 1 · 6 / (3 · 3)
        #expect(abs(try cohesion("能按", exponent: 1) - 6.0 / 9) < 1e-9)
        #expect(abs(try cohesion("能按", exponent: StatuteWeights().cohesionExponent) - pow(6.0 / 9, 0.25)) < 1e-9)
        #expect(try cohesion("材料", exponent: StatuteWeights().cohesionExponent) == 1)
        #expect(try cohesion("能按", exponent: 0) == 1)
    }

    /// 第一条 says 暂扣 five times and nothing else of the question; 第二条 says 驾驶证 and 期限. By BM25
    /// alone the repetition wins; weighed by how much of the question each covers, the article about
    /// the question's subject does. Regression (2026-12-08, `coverageExponent`).
    @Test func anArticleMeetingMoreOfTheQuestionOutranksOneRepeatingOneWord() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("甲条例", date: "2019-01-01", articles: [
            ("第一条", "暂扣物品开具暂扣清单，暂扣物品妥善保管，暂扣结束返还。"),
            ("第二条", "被吊销的驾驶证，在规定期限内不得重新申领，期满后可以重新申请驾驶证。"),
            ("第三条", "驾驶证应当随车携带。"),
            ("第四条", "登记期限为三日。"),
            ("第五条", "驾驶证遗失的，应当在规定期限内申请补领。"),
            ("第六条", "本条例自公布之日起施行。"),
        ]), as: "甲条例(2019-01-01).md")
        let reader = try fixture.index()
        let question = "驾驶证被暂扣，期限多久"
        func ranking(coverage exponent: Double) throws -> [String?] {
            var weights = StatuteWeights()
            weights.coverageExponent = exponent
            return try StatuteFinder(reader: reader, weights: weights).find(question).map { $0.field("article") }
        }
        #expect(try ranking(coverage: 0).first == "第一条")
        #expect(try ranking(coverage: 1).first == "第二条")
        #expect(try ranking(coverage: 1).prefix(3).contains("第一条"))
        let shown = try StatuteFinder(reader: reader).find(question)
        let coverage = { (article: String) in shown.first { $0.field("article") == article }?.why.coverage ?? -1 }
        #expect(coverage("第二条") > coverage("第一条") && coverage("第一条") > 0, "the explanation says how much of the question each covers")
    }

    /// Coverage is the question's bigram weight found in any field, each bigram counted once.
    @Test func coverageCountsEachQuestionBigramOnceWhicheverFieldHasIt() throws {
        let query = StatuteQuery(terms: [.init(term: "暂扣", weight: 2, cohesion: 1), .init(term: "期限", weight: 1, cohesion: 1)], synonyms: [])
        let body = try #require(IndexSchema.textField("body")?.prefix)
        let law = try #require(IndexSchema.textField("law")?.prefix)
        let chapter = try #require(IndexSchema.textField("chapter")?.prefix)
        let coverage = QuestionCoverage(query, exponent: 0.5)
        #expect(coverage.share([body + "暂扣", chapter + "暂扣"]) == 2.0 / 3)
        #expect(coverage.share([body + "暂扣", law + "期限", body + "清单"]) == 1)
        #expect(coverage.share([body + "清单"]) == 0)
        #expect(QuestionCoverage(StatuteQuery(terms: [], synonyms: []), exponent: 0.5).share([body + "暂扣"]) == 1)
    }
}
