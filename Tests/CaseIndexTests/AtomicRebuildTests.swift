@testable import CaseIndex
import CaseLibrary
import Foundation
import Glibc
import TestSupport
import Testing

@Suite("Full rebuilds into a new generation, swapped atomically")
struct AtomicRebuildTests {
    private static func library() throws -> TestLibrary {
        let library = try TestLibrary((1...4).map { searchCase("R-\($0)", title: "申请查阅第\($0)号户籍档案案") })
        try library.index()
        return library
    }

    private func generations(_ library: TestLibrary) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: library.location.root.path).filter { $0.hasPrefix("db-") }.sorted()
    }

    @Test func rebuildCreatesANewGenerationSwapsTheStubAndRemovesTheOld() throws {
        let library = try Self.library()
        #expect(library.location.currentGeneration() == "db-1")
        #expect(library.location.stubContents() == "glass db-1\n")
        let report = try library.index(rebuild: true)
        #expect(report.rebuilt && report.wroteIndex && report.added == 4 && report.documentCount == 4)
        #expect(library.location.currentGeneration() == "db-2")
        #expect(try generations(library) == ["db-2"])
        #expect(try library.reader().documentCount == 4)
    }

    /// A box that lets the build's progress callback use the reader opened before the rebuild.
    private final class ReaderProbe: @unchecked Sendable {
        let reader: IndexReader
        var answersDuringBuild: [[String]] = []
        var errors: [String] = []
        init(_ reader: IndexReader) { self.reader = reader }
        func probe() {
            do { answersDuringBuild.append(try reader.search(SearchRequest(query: "户籍档案")).hits.map(\.item.id).sorted()) } catch {
                errors.append("\(error)")
            }
        }
    }

    @Test func readerOpenedBeforeARebuildKeepsAnsweringAndSeesTheNewIndexAfterRefresh() throws {
        let library = try Self.library()
        let probe = ReaderProbe(try library.reader())
        try library.remove(id: "R-4")
        try library.add(searchCase("R-5", title: "申请查阅第5号户籍档案案"))
        _ = try LibraryIndexer(location: library.location).update(sources: library.sources(), rebuild: true) { _, _ in probe.probe() }
        #expect(probe.errors.isEmpty, "\(probe.errors)")
        #expect(probe.answersDuringBuild.count == 4)
        #expect(probe.answersDuringBuild.allSatisfy { $0 == ["R-1", "R-2", "R-3", "R-4"] })
        let stale = try probe.reader.search(SearchRequest(query: "户籍档案")).hits.map(\.item.id).sorted()
        #expect(stale == ["R-1", "R-2", "R-3", "R-4"], "before refresh the reader still answers from the old generation")
        #expect(try probe.reader.refresh())
        #expect(try probe.reader.search(SearchRequest(query: "户籍档案")).hits.map(\.item.id).sorted() == ["R-1", "R-2", "R-3", "R-5"])
    }

    @Test func failedBuildLeavesThePreviousIndexIntact() throws {
        let library = try Self.library()
        let stub = library.location.stubContents()
        var poisoned = IndexDocument(id: "BAD", kind: "case", payload: "{}")
        poisoned.extraTerms = [""]  // Xapian rejects empty terms: the build fails half-way
        let sources = library.sources() + [IndexSource(relativePath: "cases/BAD.md", contentHash: "x", documents: [poisoned])]
        #expect(throws: IndexError.self) { try LibraryIndexer(location: library.location).update(sources: sources, rebuild: true) }
        #expect(library.location.stubContents() == stub)
        #expect(try generations(library) == ["db-1"], "the half-built generation is removed")
        #expect(Set(try library.ids("户籍档案")) == ["R-1", "R-2", "R-3", "R-4"])
        #expect(try library.index().wroteIndex == false, "the old index is still up to date")
    }

    @Test func failedIncrementalUpdateLeavesThePreviousIndexIntact() throws {
        let library = try Self.library()
        let revision = try library.reader().revision
        var poisoned = IndexDocument(id: "BAD", kind: "case", payload: "{}")
        poisoned.extraTerms = [""]
        let sources = library.sources() + [IndexSource(relativePath: "cases/BAD.md", contentHash: "x", documents: [poisoned])]
        #expect(throws: IndexError.self) { try LibraryIndexer(location: library.location).update(sources: sources) }
        #expect(try library.reader().revision == revision)
        #expect(try library.reader().documentCount == 4)
        #expect(try library.index().wroteIndex == false)
    }

    /// Regression: the writer's release used to commit the part of a batch written before the failure.
    @Test func aFailedIncrementalUpdateWritesNoneOfItsBatch() throws {
        let library = try Self.library()
        let revision = try library.reader().revision
        var current = library.sources()
        let first = try #require(current.first)
        var changed = try #require(first.documents.first)
        changed.text = [("title", "全新的标题词语")]
        current[0] = IndexSource(relativePath: first.relativePath, contentHash: "changed", documents: [changed])
        var poisoned = IndexDocument(id: "BAD", kind: "case", payload: "{}")
        poisoned.extraTerms = [""]
        let sources = current + [IndexSource(relativePath: "cases/BAD.md", contentHash: "x", documents: [poisoned])]
        #expect(throws: IndexError.self) { try LibraryIndexer(location: library.location).update(sources: sources) }
        #expect(try library.reader().revision == revision)
        #expect(try library.ids("全新的标题词语").isEmpty, "the change made before the failure is not in the index")
        #expect(try library.ids("户籍档案").contains(changed.id), "the old document is still there")
    }

    @Test func secondWriterIsToldTheIndexIsLocked() throws {
        let library = try Self.library()
        let descriptor = open(library.location.root.appendingPathComponent(".lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        do {
            try library.index(rebuild: true)
            Issue.record("a second writer must not get in")
        } catch let error as IndexError {
            #expect(error.code == .databaseLocked)
        }
        flock(descriptor, LOCK_UN)
        #expect(library.location.currentGeneration() == "db-1")
    }
}
