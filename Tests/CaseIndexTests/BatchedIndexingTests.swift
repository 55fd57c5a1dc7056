@testable import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Indexing commits in batches (so its memory does not grow with the library) and a full build is
/// compacted before it is swapped in; neither may lose or duplicate a record.
@Suite("Indexing in batches; compacted full builds")
struct BatchedIndexingTests {
    private static func draft(_ id: String) -> [String: Any] {
        searchCase(id, title: "申请查阅户籍档案草稿案",
                   ["review": ["status": "draft", "secrecy_checked": false], "publishable": nil])
    }

    private static func generations(_ library: TestLibrary) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: library.location.root.path).filter { $0.hasPrefix("db-") }
    }

    @Test func aFullBuildInBatchesHasEveryRecordInOneCompactedGeneration() throws {
        let library = try TestLibrary((1...23).map { searchCase("B-\($0)", title: "申请查阅第\($0)号户籍档案案") }
            + [Self.draft("B-DRAFT-1"), Self.draft("B-DRAFT-2")])
        let report = try LibraryIndexer(location: library.location, batchDocuments: 4).update(sources: library.sources(), rebuild: true)
        #expect(report.rebuilt && report.added == 25 && report.documentCount == 25)
        #expect(try library.search("户籍档案").total == 23)
        #expect(try library.search("户籍档案", includeHidden: true).total == 25)
        // The build (db-1.build) was compacted into its generation, which alone remains.
        #expect(try Self.generations(library) == ["db-1"])
        #expect(library.location.currentGeneration() == "db-1")
        #expect(try library.reader().item(id: "B-17")?.record?.title == "申请查阅第17号户籍档案案")
    }

    @Test func anUpdateInBatchesAppliesEveryChangeOnce() throws {
        let library = try TestLibrary((1...10).map { searchCase("U-\($0)", title: "申请查阅第\($0)号户籍档案案") })
        try library.index()
        for id in 1...9 { try library.add(searchCase("U-\(id)", title: "申请查阅第\(id)号消防验收意见案")) }
        try library.remove(id: "U-10")
        for id in 11...15 { try library.add(id == 15 ? Self.draft("U-15") : searchCase("U-\(id)", title: "申请查阅第\(id)号消防验收意见案")) }
        let indexer = LibraryIndexer(location: library.location, batchDocuments: 3)
        let report = try indexer.update(sources: library.sources())
        #expect(!report.rebuilt && report.updated == 9 && report.removed == 1 && report.added == 5)
        #expect(report.documentCount == 14)
        #expect(try library.search("消防验收").total == 13)
        #expect(try library.search("户籍档案", includeHidden: true).hits.map(\.item.id) == ["U-15"])
        #expect(try library.reader().item(id: "U-10") == nil)
        let again = try indexer.update(sources: library.sources())
        #expect(!again.wroteIndex && again.unchanged == 14, "every batch stored its files' hashes")
    }

    /// The documents of a source are made only when it is written: a rebuild makes each once, an
    /// update only those of the files that changed (and a run with no change none).
    @Test func documentsAreMadeOnlyForTheFilesWritten() throws {
        let library = try TestLibrary((1...12).map { searchCase("M-\($0)", title: "申请查阅第\($0)号户籍档案案") })
        let made = LockedList<String>()
        func counted(_ sources: [IndexSource]) -> [IndexSource] {
            sources.map { source in
                IndexSource(relativePath: source.relativePath, contentHash: source.contentHash, documentIDs: source.documentIDs) {
                    made.append(source.relativePath)
                    return source.documents
                }
            }
        }
        let indexer = LibraryIndexer(location: library.location, batchDocuments: 5)
        _ = try indexer.update(sources: counted(library.sources()), rebuild: true)
        #expect(made.take().sorted() == library.sources().map(\.relativePath).sorted(), "each file once")
        _ = try indexer.update(sources: counted(library.sources()))
        #expect(made.take().isEmpty, "nothing changed, nothing made")
        try library.add(searchCase("M-7", title: "申请查阅消防验收意见案"))
        let report = try indexer.update(sources: counted(library.sources()))
        #expect(report.updated == 1 && made.take() == ["cases/M-7.md"])
        #expect(try library.ids("消防验收") == ["M-7"])
    }

    @Test func batchesNeverSplitASourceAndAlwaysCarryTheRemovals() {
        func source(_ name: String, documents: Int) -> IndexSource {
            IndexSource(relativePath: name, contentHash: name,
                        documents: (0..<documents).map { IndexDocument(id: "\(name)-\($0)", kind: "case", payload: "{}") })
        }
        #expect(LibraryIndexer.batches([], documents: 3).map(\.count) == [0])
        let sources = [source("a", documents: 1), source("b", documents: 5), source("c", documents: 1),
                       source("d", documents: 1), source("e", documents: 1), source("f", documents: 1)]
        let batches = LibraryIndexer.batches(sources, documents: 3)
        #expect(batches.map { $0.map(\.relativePath) } == [["a", "b"], ["c", "d", "e"], ["f"]])
    }
}
