@testable import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Incremental indexing by content hash")
struct IncrementalIndexingTests {
    private static func library() throws -> TestLibrary {
        let library = try TestLibrary((1...5).map { searchCase("I-\($0)", title: "申请查阅第\($0)号户籍档案案") })
        let first = try library.index()
        #expect(first.rebuilt && first.added == 5 && first.documentCount == 5)
        return library
    }

    @Test func secondRunWithNoChangeWritesNothing() throws {
        let library = try Self.library()
        let revision = try library.reader().revision
        let stub = library.location.stubContents()
        let report = try library.index()
        #expect(!report.wroteIndex)
        #expect(!report.rebuilt)
        #expect(report.unchanged == 5 && report.added == 0 && report.updated == 0 && report.removed == 0)
        #expect(report.documentCount == 5)
        #expect(try library.reader().revision == revision)
        #expect(library.location.stubContents() == stub)
    }

    @Test func editingOneFileReindexesOnlyIt() throws {
        let library = try Self.library()
        try library.add(searchCase("I-3", title: "申请查阅消防验收意见案"))
        let report = try library.index()
        #expect(report.wroteIndex && !report.rebuilt)
        #expect(report.updated == 1 && report.unchanged == 4 && report.added == 0 && report.removed == 0)
        #expect(try library.ids("消防验收") == ["I-3"])
        #expect(!(try library.ids("户籍档案")).contains("I-3"))
        #expect(try library.reader().documentCount == 5)
    }

    @Test func addingOneFileIndexesIt() throws {
        let library = try Self.library()
        try library.add(searchCase("I-6", title: "申请查阅消防验收意见案"))
        let report = try library.index()
        #expect(report.added == 1 && report.unchanged == 5 && report.updated == 0)
        #expect(report.documentCount == 6)
        #expect(try library.ids("消防验收") == ["I-6"])
    }

    @Test func deletingOneFileRemovesItFromTheIndex() throws {
        let library = try Self.library()
        try library.remove(id: "I-2")
        let report = try library.index()
        #expect(report.removed == 1 && report.unchanged == 4)
        #expect(report.documentCount == 4)
        #expect(!(try library.ids("户籍档案")).contains("I-2"))
        #expect(try library.reader().record(id: "I-2") == nil)
        #expect(try library.index().wroteIndex == false, "the removal is remembered")
    }

    @Test func aFileThatFailsValidationIsSkippedAndTheRestIndexed() throws {
        let library = try TestLibrary([searchCase("V-1", title: "申请查阅户籍档案案"), searchCase("V-2", title: "申请查阅户籍档案案")])
        try library.directory.write("id: V-3\nkind: case\ntitle: 户籍档案\nyear: abc\n", to: "Cases/cases/V-3.md")
        #expect(library.folder.load().problems.count > 0)
        let report = try library.index()
        #expect(report.added == 2)
        #expect(Set(try library.ids("户籍档案")) == ["V-1", "V-2"])
    }

    @Test func aFileThatBecomesInvalidLeavesTheIndex() throws {
        let library = try Self.library()
        try library.directory.write("id: I-4\nkind: case\ntitle: 户籍档案\nyear: abc\n", to: "Cases/cases/I-4.md")
        let report = try library.index()
        #expect(report.removed == 1)
        #expect(!(try library.ids("户籍档案")).contains("I-4"))
    }

    @Test func changingARecordsKindKeepsItFindableUnderItsNewKind() throws {
        let library = try Self.library()
        // The writer refuses an id another kind holds, so changing kind is: remove, then add.
        try FileManager.default.removeItem(at: library.directory.path("Cases/cases/I-5.md"))
        try library.add(Fixtures.trainingJSON(id: "I-5", ["title": "户籍档案查询要点"]))
        let report = try library.index()
        #expect(report.added == 1 && report.removed == 1)
        #expect(try library.reader().item(id: "I-5")?.kind == "training")
        #expect(try library.reader().documentCount == 5)
    }

    @Test func anOpenReaderSeesIncrementalChangesAfterRefresh() throws {
        let library = try Self.library()
        let reader = try library.reader()
        try library.add(searchCase("I-6", title: "申请查阅消防验收意见案"))
        try library.index()
        #expect(try reader.refresh())
        #expect(try reader.search(SearchRequest(query: "消防验收")).hits.map(\.item.id) == ["I-6"])
        #expect(try reader.refresh() == false, "nothing more to catch up with")
    }

    @Test func schemaVersionChangeForcesARebuild() throws {
        let library = try Self.library()
        let generation = try #require(library.location.currentGeneration())
        let writer = try IndexWriter(path: library.location.root.appendingPathComponent(generation).path, create: false)
        try writer.setMetadata("schema", "0-older")
        try writer.commit()
        try writer.close()
        let report = try library.index()
        #expect(report.rebuilt && report.wroteIndex && report.added == 5)
        #expect(library.location.currentGeneration() != generation)
        #expect(try library.index().wroteIndex == false, "the rebuilt index has the current schema")
    }

    @Test func changingMostSourcesBuildsANewGenerationInstead() throws {
        let library = try Self.library()
        let generation = try #require(library.location.currentGeneration())
        let threshold = LibraryIndexer.RebuildThreshold(share: 0.5, minimum: 3)
        for number in 1...3 { try library.add(searchCase("I-\(number)", title: "申请查阅第\(number)号消防验收意见案")) }
        let report = try LibraryIndexer(location: library.location, rebuildThreshold: threshold).update(sources: library.sources())
        #expect(report.rebuilt && report.added == 5, "3 of 5 changed: more than half")
        #expect(library.location.currentGeneration() != generation, "a new generation, swapped in")
        #expect(try library.ids("消防验收").sorted() == ["I-1", "I-2", "I-3"])
        #expect(try library.ids("户籍档案").sorted() == ["I-4", "I-5"])
        try library.add(searchCase("I-4", title: "申请查阅第4号交通事故认定书案"))
        try library.add(searchCase("I-5", title: "申请查阅第5号交通事故认定书案"))
        let fewer = try LibraryIndexer(location: library.location, rebuildThreshold: threshold).update(sources: library.sources())
        #expect(!fewer.rebuilt && fewer.updated == 2, "2 of 5: in place, under the minimum of 3")
        #expect(try library.ids("事故认定书").sorted() == ["I-4", "I-5"])
    }

    @Test func changedSynonymsForceARebuild() throws {
        let library = try Self.library()
        let indexer = LibraryIndexer(location: library.location)
        let report = try indexer.update(sources: library.sources(), synonyms: [("户籍", "户口")])
        #expect(report.rebuilt)
        #expect(try library.reader().synonyms(of: "户籍") == ["户口"])
        #expect(try indexer.update(sources: library.sources(), synonyms: [("户籍", "户口")]).wroteIndex == false)
    }
}

@Suite("Thesaurus entries over Xapian's key limit")
struct LongSynonymTests {
    @Test func longThesaurusEntryDoesNotBreakTheBuild() throws {
        let library = try TestLibrary([searchCase("A-1", title: "申请查阅户籍档案案")])
        let long = String(repeating: "档", count: 100)  // 300 bytes
        let report = try LibraryIndexer(location: library.location).update(
            sources: library.sources(), synonyms: [(long, "户籍"), ("户籍", long), ("户口", "户籍")])
        #expect(report.added == 1)
        let reader = try library.reader()
        #expect(try reader.synonyms(of: long) == ["户籍"])
        #expect(try reader.synonyms(of: "户口") == ["户籍"])
        let synonym = try #require(try reader.synonyms(of: "户籍").first)
        #expect(synonym.utf8.count <= 245)
        #expect(try library.ids("户籍档案") == ["A-1"])
    }
}
