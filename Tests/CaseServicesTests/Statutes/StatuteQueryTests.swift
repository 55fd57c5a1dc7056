import CaseIndex
import CaseLibrary
import Foundation
import Testing

@testable import CaseServices

/// How a question's bigrams are weighed: a bigram cut across two words weighs less than a word.
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
}
