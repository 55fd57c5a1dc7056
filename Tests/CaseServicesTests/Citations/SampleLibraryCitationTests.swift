import CaseLibrary
import Foundation
import Testing
import TestSupport

@testable import CaseServices

/// The examples in the shipped sample library (`Cases/`): old-regulation citations in
/// training material resolve to nothing rather than to the 2019 text.
struct SampleLibraryCitationTests {
    static func linked(_ id: String) throws -> [LinkedCitation] {
        let root = ProjectPaths.root.appendingPathComponent("Cases")
        let records = LibraryFolder(root: root).load().allRecords
        let record = try #require(records.first { $0.id == id })
        return try CitationLinker.load(libraryRoot: root).citations(in: record)
    }

    @Test func t201801OldRegulationsArticle23IsUnresolvedAndNewArticle32Resolves() throws {
        let linked = try Self.linked("T-2018-01")
        let twentyThree = try #require(linked.first { $0.articleNumber == 23 })
        #expect(!twentyThree.resolved && twentyThree.versionHint == .earlier)
        #expect(twentyThree.provisionText == nil, "never 2019 §23 (信息发布机制)")
        let thirtyTwo = try #require(linked.first { $0.articleNumber == 32 })
        #expect(thirtyTwo.resolved && thirtyTwo.version == "2019-05-15")
    }

    @Test func t201701ArticlesOfA2017NoteAreUnresolved() throws {
        let linked = try Self.linked("T-2017-01")
        #expect(Set(linked.map(\.articleNumber)).isSuperset(of: [21, 25]))
        #expect(linked.filter { $0.lawKey == "政府信息公开条例" }.allSatisfy { !$0.resolved })
    }

    @Test func t202002OldRegulationsArticlesAreUnresolved() throws {
        let linked = try Self.linked("T-2020-02")
        let old = linked.filter { $0.versionHint == .earlier }
        #expect(old.map(\.articleNumber) == [13, 25])
        #expect(old.allSatisfy { !$0.resolved })
        // 第二十一条第（三）项 of a 2020 note means the 2019 version, whose article 21 has no item 3.
        #expect(linked.first { $0.articleNumber == 21 }?.resolved == false)
    }
}
