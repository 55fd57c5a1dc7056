import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

/// A session counts the newest case year (recency's reference) once per index revision: its
/// precedents equal a finder's that counts it itself, before and after a newer case arrives.
@Suite("Precedents: the reference year cached per index revision")
struct PrecedentReferenceYearTests {
    static let application = "申请人要求公开派出所对其邻居作出的行政处罚决定书，邻居不同意公开。"

    static func answers(_ results: [PrecedentResult]) -> [String] { results.map { "\($0.record.id) \($0.score)" } }

    @Test func aSessionRanksAsAFinderCountingTheYearItselfAndSeesANewerCase() throws {
        let library = try PrecedentTestLibrary([
            PrecedentTestLibrary.penaltyCase("2018-XH-0001", year: 2018), PrecedentTestLibrary.penaltyCase("2020-XH-0002", year: 2020),
            PrecedentTestLibrary.penaltyCase("2022-XH-0003", year: 2022),
        ])
        let session = try LibrarySession(library: library.service, viewer: .member, refreshInterval: 0)
        #expect(Self.answers(try session.precedents(.init(text: Self.application))) == Self.answers(try library.finder().find(.init(text: Self.application))))

        // A newer case moves the reference year: every older case's recency changes, and the session sees it.
        let newer = try #require(Fixtures.record(PrecedentTestLibrary.penaltyCase("2026-XH-0004", year: 2026)))
        try library.service.folder.write(newer)
        _ = try library.service.updateIndex()
        let after = Self.answers(try session.precedents(.init(text: Self.application)))
        #expect(after == Self.answers(try library.finder().find(.init(text: Self.application))))
        #expect(after.contains { $0.hasPrefix("2026-XH-0004 ") })
    }
}
