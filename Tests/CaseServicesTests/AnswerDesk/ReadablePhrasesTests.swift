@testable import CaseServices
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Matched phrases are whole words or phrases, not fragments (issue 12: 某称, 开该, 定书, 【接处警记】录).
@Suite("Explanations: matched phrases are whole words")
struct ReadablePhrasesTests {
    /// Bigram frequencies of a small imagined library: words are cohesive, the joins between them rare.
    static let frequencies: [String: Int] = [
        "决定": 40, "定书": 38, "公开": 60, "接处": 20, "处警": 20, "警记": 2, "记录": 45, "行政": 70, "政拘": 18, "拘留": 25,
        "留决": 1, "李某": 30, "某称": 9, "开该": 1, "该次": 1, "次接": 1,
    ]

    private func readable(_ phrases: [String], in text: String) -> [String] {
        ReadablePhrases.readable(phrases, in: text) { Self.frequencies[$0] ?? 0 }
    }

    @Test func fragmentsAtTheEdgesOfWordsAreNotShown() {
        let text = "李某称要求公开该次接处警记录和行政拘留决定书"
        #expect(readable(["某称"], in: text).isEmpty)
        #expect(readable(["开该"], in: text).isEmpty)
        #expect(readable(["定书"], in: text).isEmpty)
        #expect(readable(["接处警记"], in: text) == ["接处警"])
        #expect(readable(["政拘留决定书"], in: text) == ["决定书"] || readable(["政拘留决定书"], in: text) == ["拘留决定书"])
        #expect(readable(["行政拘留决定书"], in: text) == ["行政拘留决定书"])
        #expect(readable(["公开该次接处警记录"], in: text) == ["接处警记录", "公开"], "not 次接处警记录")
    }

    @Test func theSampleLibrarysExplanationsShowNoKnownFragment() throws {
        let session = try SampleLibrary.session()
        for text in [SampleLibrary.victimsLawyer, SampleLibrary.fireCompany, SampleLibrary.journalist,
                     "李某称其于上月拨打110报警，要求公开该次接处警记录和出警民警的执法记录仪视频。"] {
            for result in try session.precedents(.init(text: text)) {
                for phrase in result.why.phrases {
                    #expect(phrase.count >= 2)
                    #expect(!["某称", "开该", "定书", "接处警记"].contains(phrase), "\(result.record.id): \(phrase)")
                    #expect(!(phrase.first.map(ReadablePhrases.particles.contains) ?? false), "\(phrase) starts with a particle")
                    #expect(!(phrase.last.map(ReadablePhrases.particles.contains) ?? false), "\(phrase) ends with a particle")
                }
            }
        }
    }
}
