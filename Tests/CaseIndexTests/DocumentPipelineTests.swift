@testable import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// A full build prepares documents on a thread of its own, ahead of the writer: in order, never more
/// than its limit ahead, stopping when the writer stops, and a document that cannot be prepared
/// fails the build without touching the index in use.
@Suite("Documents prepared ahead of the writer")
struct DocumentPipelineTests {
    /// Sources of one document each, recording when each is made.
    private static func sources(_ count: Int, made: LockedList<Int>) -> [IndexSource] {
        (0..<count).map { number in
            IndexSource(relativePath: "cases/P-\(number).md", contentHash: "\(number)", documentIDs: ["P-\(number)"]) {
                made.append(number)
                var document = IndexDocument(id: "P-\(number)", kind: "case", payload: "{}")
                document.text = [("title", "申请公开第\(number)号档案")]
                return [document]
            }
        }
    }

    private static func waitUntil(_ condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(10)
        while !condition(), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    }

    @Test func everySourceComesOutOnceInOrder() throws {
        let made = LockedList<Int>()
        let pipeline = DocumentPipeline(sources: Self.sources(500, made: made), limit: 7)
        defer { pipeline.close() }
        var taken: [String] = []
        while let item = pipeline.next() {
            taken += try item.documents.get().map(\.idTerm)
            #expect(item.source.documentIDs.map(IndexSchema.idTerm) == (try item.documents.get().map(\.idTerm)))
        }
        #expect(taken == (0..<500).map { IndexSchema.idTerm("P-\($0)") })
        #expect(pipeline.next() == nil)
    }

    @Test func itNeverRunsMoreThanItsLimitAheadAndStopsWhenClosed() {
        let made = LockedList<Int>()
        let pipeline = DocumentPipeline(sources: Self.sources(100, made: made), limit: 3)
        Self.waitUntil { made.items.count >= 4 }
        Thread.sleep(forTimeInterval: 0.1)
        // Three wait for the writer; a fourth is made and waits for room.
        #expect(made.items.count == 4)
        #expect(pipeline.next()?.source.documentIDs == ["P-0"])
        Self.waitUntil { made.items.count >= 5 }
        pipeline.close()
        pipeline.close()
        #expect(made.items.count < 100)
    }

    /// A document Xapian refuses (an empty term) fails the rebuild; the index in use stays as it was.
    @Test func aDocumentThatCannotBePreparedFailsTheRebuildAndKeepsTheIndex() throws {
        let library = try TestLibrary((1...5).map { searchCase("G-\($0)", title: "申请查阅第\($0)号户籍档案案") })
        try library.index()
        var sources = library.sources()
        var broken = IndexDocument(id: "G-BAD", kind: "case", payload: "{}")
        broken.extraTerms = [""]
        sources.insert(IndexSource(relativePath: "cases/G-BAD.md", contentHash: "x", documents: [broken]), at: 2)
        #expect(throws: IndexError.self) { try LibraryIndexer(location: library.location).update(sources: sources, rebuild: true) }
        #expect(try library.search("户籍档案").total == 5)
        #expect(library.location.currentGeneration() == "db-1")
    }
}
