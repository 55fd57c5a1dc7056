@testable import CaseIndex
import CaseLibrary
import Foundation
import Glibc
import TestSupport
import Testing

@Suite("A writer cleans what a dead writer left in the index folder, never a live one's (issue 14 §2)")
struct LeftoverCleanupTests {
    @Test func nextIncrementalRunRemovesAKilledRebuildsPartialGeneration() throws {
        let library = try TestLibrary([searchCase("L-1", title: "申请查阅户籍档案案")])
        try library.index()
        let root = library.location.root
        // What a rebuild killed mid-way leaves: a build not yet compacted, a generation the stub does
        // not name (killed while compacting), and a stub temp file.
        for folder in ["db-7", "db-7.build"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            try Data("partial".utf8).write(to: root.appendingPathComponent("\(folder)/postlist.glass"))
        }
        let stubTemp = ".XAPIANDB.\(UUID().uuidString).tmp"
        try Data("glass db-7\n".utf8).write(to: root.appendingPathComponent(stubTemp))
        try library.add(searchCase("L-2", title: "申请查阅出入境记录案"))
        let report = try library.index()
        #expect(Set(report.removedLeftovers) == ["db-7", "db-7.build", stubTemp])
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".lock") }.sorted()
        #expect(names == ["XAPIANDB", "XAPIANDB.all", "db-1"], "the stubs of both partitions and the one generation")
        #expect(try library.reader().documentCount == 2)
    }

    @Test func aLiveWritersGenerationIsNeverTouched() throws {
        let library = try TestLibrary([searchCase("L-1", title: "申请查阅户籍档案案")])
        try library.index()
        let root = library.location.root
        try FileManager.default.createDirectory(at: root.appendingPathComponent("db-9"), withIntermediateDirectories: true)
        // A live writer holds the lock: another writer refuses and removes nothing.
        let descriptor = open(root.appendingPathComponent(".lock").path, O_RDWR)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        #expect(throws: IndexError.self) { try library.index(rebuild: true) }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("db-9").path))
        flock(descriptor, LOCK_UN)
        let report = try library.index()
        #expect(report.removedLeftovers == ["db-9"])
    }
}
