import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Sources made from a slim load read each record whole when its document is made. A record whose
/// file changed in between is indexed as it now reads only if what was derived from the slim load
/// (its visibility, its case's title and status) still holds; otherwise it waits for the next update.
@Suite("Documents of a slim load are made from the record read whole")
struct SlimSourcesTests {
    private static func sources(_ library: TestLibrary) -> [IndexSource] {
        let folder = library.folder
        return RecordDocuments.sources(library.folder.load(slim: true)) { folder.readRecord(at: $0) }
    }

    @Test func aDocumentCarriesTheWholeRecord() throws {
        let library = try TestLibrary([searchCase("S-1", title: "申请公开户籍档案案", request: "申请人要求公开其祖父的户籍迁移档案。")])
        let document = try #require(Self.sources(library).first?.documents.first)
        #expect(document.id == "S-1")
        #expect(document.text.contains { $0.text.contains("户籍迁移档案") }, "the request, which the slim record does not keep")
        #expect(document.payload.contains("户籍迁移档案"))
    }

    @Test func aRecordEditedInBetweenIsMadeAsItNowReads() throws {
        let library = try TestLibrary([searchCase("S-1", title: "申请公开户籍档案案")])
        let sources = Self.sources(library)
        try library.add(searchCase("S-1", title: "申请公开户籍档案案", request: "改写后的申请内容：消防验收意见。"))
        let document = try #require(sources.first?.documents.first)
        #expect(document.text.contains { $0.text.contains("消防验收意见") })
    }

    @Test func anOutcomeShowsItsCaseTitleReadFromTheCaseFile() throws {
        let library = try TestLibrary([
            searchCase("S-1", title: "申请公开户籍档案案"),
            Fixtures.outcomeJSON(id: "O-2023-001", caseID: "S-1"),
            searchCase("S-2", title: "申请公开消防验收意见案", ["scope": "restricted"]),
            Fixtures.outcomeJSON(id: "O-2023-002", caseID: "S-2", ["result": "撤销"]),
        ])
        let sources = Dictionary(uniqueKeysWithValues: Self.sources(library).map { ($0.documentIDs[0], $0) })
        let outcome = try #require(sources["O-2023-001"]?.documents.first)
        #expect(outcome.payload.contains("\"case_title\": \"申请公开户籍档案案\""), "the slim record has no title; the case's file has")
        #expect(!outcome.extraTerms.contains(IndexSchema.hiddenTerm))
        let hidden = try #require(sources["O-2023-002"]?.documents.first)
        #expect(hidden.extraTerms.contains(IndexSchema.hiddenTerm), "an outcome of a restricted case is hidden with it")
        let upheld = try #require(sources["S-1"]?.documents.first), corrected = try #require(sources["S-2"]?.documents.first)
        #expect(upheld.filters.contains { $0 == ("effect", CaseStatus.upheld.rawValue) }, "a case's status from its outcome")
        #expect(corrected.filters.contains { $0 == ("effect", CaseStatus.corrected.rawValue) })
    }

    @Test func retitlingACaseChangesItsOutcomesContentKey() throws {
        let library = try TestLibrary([searchCase("S-1", title: "申请公开户籍档案案"), Fixtures.outcomeJSON(id: "O-2023-001", caseID: "S-1")])
        func outcomeKey() -> String? { Self.sources(library).first { $0.documentIDs == ["O-2023-001"] }?.contentHash }
        let before = try #require(outcomeKey())
        #expect(outcomeKey() == before, "nothing changed, the same key")
        try library.add(searchCase("S-1", title: "申请公开户口迁移档案案"))
        #expect(outcomeKey() != before, "its documents show the case's title, so the next update re-indexes it")
    }

    @Test func sourcesMadeFromHandedOverRecordsAreTheSame() throws {
        let library = try TestLibrary([
            searchCase("S-1", title: "申请公开户籍档案案"), Fixtures.outcomeJSON(id: "O-2023-001", caseID: "S-1"),
            searchCase("S-2", title: "申请公开消防验收意见案"),
        ])
        let folder = library.folder
        let kept = folder.load(slim: true)
        var handed = folder.load(slim: true)
        let made = RecordDocuments.sources(records: handed.takeRecords()) { folder.readRecord(at: $0) }
        #expect(handed.records.isEmpty, "the records were handed over")
        let expected = RecordDocuments.sources(kept) { folder.readRecord(at: $0) }
        #expect(made.map(\.relativePath) == expected.map(\.relativePath), "in file order")
        #expect(made.map(\.contentHash) == expected.map(\.contentHash))
        #expect(made.map { $0.documents.map(\.payload) } == expected.map { $0.documents.map(\.payload) })
    }

    @Test func recordsLoadedWholeWithAReaderAreMadeToo() throws {
        let library = try TestLibrary([searchCase("S-1", title: "申请公开户籍档案案")])
        let folder = library.folder
        let sources = RecordDocuments.sources(folder.load()) { folder.readRecord(at: $0) }
        #expect(sources.first?.documents.map(\.id) == ["S-1"], "the slim fields are compared as slim on both sides")
    }

    @Test func aRecordHiddenInBetweenIsLeftForTheNextUpdate() throws {
        let library = try TestLibrary([searchCase("S-1", title: "申请公开户籍档案案")])
        let sources = Self.sources(library)
        try library.add(searchCase("S-1", title: "申请公开户籍档案案", ["scope": "restricted"]))
        #expect(sources.first?.documents.isEmpty == true, "indexing it as visible would show a restricted case")
        try library.remove(id: "S-1")
        #expect(sources.first?.documents.isEmpty == true, "a file that is gone")
        try library.add(searchCase("S-1", title: "申请公开户籍档案案"))
        try library.index()
        #expect(try library.ids("户籍档案") == ["S-1"])
    }
}
