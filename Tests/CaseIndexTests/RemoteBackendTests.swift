import CaseIndex
import CaseLibrary
import Foundation
import Glibc
import TestSupport
import Testing

@Suite("Scale-out: a stub database listing a remote shard served by xapian-tcpsrv and a local shard")
struct RemoteBackendTests {
    private static func freePort() throws -> UInt16 { try #require(LoopbackPort.free()) }

    private static func shard(_ objects: [[String: Any]], in library: TestLibrary) throws -> String {
        for object in objects { try library.add(object) }
        try library.index()
        let generation = try #require(library.location.currentGeneration())
        return library.location.root.appendingPathComponent(generation).path
    }

    @Test(.enabled(if: ProjectPaths.which("xapian-tcpsrv") != nil,
                   "xapian-tcpsrv is not on PATH: install Debian's xapian-tools to test the remote backend"))
    func searchOverAStubFindsHitsInTheRemoteAndTheLocalShard() throws {
        let server = try #require(ProjectPaths.which("xapian-tcpsrv"))
        let remoteLibrary = try TestLibrary(), localLibrary = try TestLibrary()
        let remotePath = try Self.shard([searchCase("REMOTE-1", title: "申请查阅户籍档案案", category: "户籍类")], in: remoteLibrary)
        let localPath = try Self.shard([searchCase("LOCAL-1", title: "申请查阅历史档案案", category: "历史信息类"),
                                        searchCase("LOCAL-2", title: "申请公开交通事故认定书案")], in: localLibrary)
        let port = try Self.freePort()
        let process = Process()
        process.executableURL = server
        // One connection (the reader's), served in the server process itself, so killing it ends everything.
        process.arguments = ["--port", String(port), "--interface", "127.0.0.1", "--one-shot", "--quiet", remotePath]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            // SIGKILL, not terminate(): a child spawned from a test thread inherits a signal mask that
            // blocks SIGTERM, and xapian-tcpsrv's SIGTERM handler would signal its whole process group.
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        let stub = remoteLibrary.directory.path("shards.stub")
        try "remote 127.0.0.1:\(port)\nglass \(localPath)\n".write(to: stub, atomically: true, encoding: .utf8)

        var reader: IndexReader?
        for _ in 0..<50 where reader == nil {
            reader = try? IndexReader(path: stub.path)
            if reader == nil { usleep(100_000) }
        }
        let opened = try #require(reader, "could not open the stub with a remote shard on port \(port)")
        #expect(try opened.documentCount == 3)
        let results = try opened.search(SearchRequest(query: "档案"))
        #expect(Set(results.hits.map(\.item.id)) == ["REMOTE-1", "LOCAL-1"])
        #expect(results.total == 2)
        #expect(results.hits.allSatisfy { $0.snippet.markedText.contains("<mark>") })
        let categories = Dictionary(uniqueKeysWithValues: (results.facets["category"] ?? []).map { ($0.value, $0.count) })
        #expect(categories == ["户籍类": 1, "历史信息类": 1])
        #expect(try opened.item(id: "REMOTE-1")?.record?.title == "申请查阅户籍档案案")
        #expect(try opened.search(SearchRequest(query: "档案 category:户籍类")).hits.map(\.item.id) == ["REMOTE-1"])

        // The shard's server goes away: searching reports a network error instead of crashing.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        do {
            _ = try opened.search(SearchRequest(query: "档案"))
            Issue.record("a search with a dead shard should fail")
        } catch let error as IndexError {
            #expect(error.code == .network, "\(error.code): \(error.message)")
        }
    }

    @Test func stubNamingAnUnreachableShardGivesAnErrorNotACrash() throws {
        let directory = TemporaryDirectory("caseindex-remote")
        let port = try Self.freePort()
        let stub = directory.path("shards.stub")
        try "remote 127.0.0.1:\(port)\n".write(to: stub, atomically: true, encoding: .utf8)
        #expect(throws: IndexError.self) { _ = try IndexReader(path: stub.path) }
    }

    @Test func aStubFileListingShardsIsAnIndexLocationForReadingButNotForWriting() throws {
        let first = try TestLibrary(), second = try TestLibrary()
        let one = try Self.shard([searchCase("ONE-1", title: "申请查阅户籍档案案")], in: first)
        let two = try Self.shard([searchCase("TWO-1", title: "申请查阅历史档案案")], in: second)
        let stub = first.directory.path("shards.stub")
        try "glass \(one)\nglass \(two)\n".write(to: stub, atomically: true, encoding: .utf8)
        let location = IndexLocation(root: stub)
        #expect(location.isStubFile && location.exists)
        let reader = try IndexReader(location: location)
        #expect(Set(try reader.search(SearchRequest(query: "档案")).hits.map(\.item.id)) == ["ONE-1", "TWO-1"])
        #expect(throws: IndexError.self) { try LibraryIndexer(location: location).update(sources: []) }
        #expect(try String(contentsOf: stub, encoding: .utf8).hasPrefix("glass"), "the stub is left alone")
    }
}
