import CaseIndex
import CaseLibrary
import Foundation
import Testing

@testable import CaseServices

/// Single characters join a precedent query rarest first, at most `maxUnigrams` of them: the common
/// ones weigh little and have the longest posting lists (at 100k cases they were most of a request).
@Suite("A precedent query's single characters: the rarest, at most maxUnigrams")
struct UnigramLimitTests {
    private static func statistics(_ library: PrecedentTestLibrary) throws -> CaseStatistics {
        try CaseStatistics(reader: IndexReader(location: library.service.location), cases: .filterValue("kind", "case"))
    }

    @Test func keepsTheHighestWeightedCharactersUpToTheLimit() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2022-HP-0001"),
            PrecedentTestLibrary.penaltyCase("2022-HP-0002", ["title": "申请公开户籍迁移档案案", "request": "申请人要求公开祖父的户籍迁移档案与会议纪要。"]),
            PrecedentTestLibrary.penaltyCase("2022-HP-0003", ["title": "申请公开消防验收意见案", "request": "某公司申请公开火灾调查的询问笔录。"]),
        ])
        let statistics = try Self.statistics(library)
        var unlimited = PrecedentWeights()
        unlimited.maxUnigrams = 1_000
        let all = try PrecedentTermSelector.unigrams(from: penaltyApplication, statistics: statistics, weights: unlimited)
        #expect(all.count > 20, "the application has more distinct known characters than the default limit: \(all.count)")
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.weight >= $1.weight }, "rarest (highest weight) first")
        let capped = try PrecedentTermSelector.unigrams(from: penaltyApplication, statistics: statistics, weights: PrecedentWeights())
        #expect(PrecedentWeights().maxUnigrams == 20)
        #expect(capped == Array(all.prefix(20)))
        var three = PrecedentWeights()
        three.maxUnigrams = 3
        #expect(try PrecedentTermSelector.unigrams(from: penaltyApplication, statistics: statistics, weights: three) == Array(all.prefix(3)))
    }

    @Test func theLimitIsSetByName() throws {
        var weights = PrecedentWeights()
        try weights.set("maxUnigrams=7")
        #expect(weights.maxUnigrams == 7)
        #expect(throws: ServiceError.self, "Int(nan) traps") { try weights.set("maxUnigrams=nan") }
    }
}
