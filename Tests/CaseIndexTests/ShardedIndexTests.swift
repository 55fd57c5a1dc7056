import CaseIndex
import CaseLibrary
import Dispatch
import Foundation
import Glibc
import TestSupport
import Testing

@Suite("Scale-out on shards: a sharded index answers as one index does, locally and over xapian-tcpsrv")
struct ShardedIndexTests {
    static let queries = [
        "户籍档案", "行政处罚 决定书", "\"交通事故认定书\"", "第三方意见 category:行政处罚类", "政府信息 -户籍",
        "year:2018..2021 监控录像", "申请 询问笔录 response:不予公开", "申请 信息", "历史户口底册 出入境记录 信访",
    ]

    /// A seeded corpus of cases whose texts recombine a few phrases; every seventh is a draft (hidden).
    static func corpus(count: Int, seed: UInt64, idPrefix: String = "S") -> [[String: Any]] {
        var random = SeededGenerator(seed: seed)
        let subjects = ["户籍档案", "交通事故认定书", "行政处罚决定书", "出入境记录", "消防检查记录", "信访材料",
                        "历史户口底册", "监控录像", "询问笔录", "会议纪要", "执法记录仪视频", "户口迁移审批表"]
        let verbs = ["申请查阅", "申请公开", "要求提供", "请求复制"]
        let reasons = ["用于诉讼。", "涉及第三方意见征求。", "属于过程性信息。", "内容涉及个人隐私。", "已主动公开。",
                       "本机关不掌握该信息。", "系重复申请。", "需要加工汇总。", "属于历史档案，移交档案馆。"]
        let categories = ["户籍类", "历史信息类", "行政处罚类", "其他"]
        let responses = ["予以公开", "不予公开", "无法提供", "不予处理"]
        return (0..<count).map { index in
            func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
            let subject = pick(subjects), other = pick(subjects)
            let request = (0..<(2 + Int(random.next() % 4))).map { _ in "\(pick(verbs))\(pick(subjects))，\(pick(reasons))" }.joined()
            var extra: [String: Any?] = [:]
            if index % 7 == 3 { extra = ["review": ["status": "draft", "secrecy_checked": false], "publishable": nil] }
            return searchCase(String(format: "%@-%04d", idPrefix, index), title: "\(pick(verbs))\(subject)及\(other)案",
                              request: request, year: 2016 + Int(random.next() % 9), category: pick(categories),
                              response: pick(responses), extra)
        }
    }

    /// A search's hits as (id, score), tied scores ordered by id (docids, Xapian's tie-break, differ between layouts).
    static func ranked(_ results: SearchResults) -> [(id: String, score: Double)] {
        var out: [(id: String, score: Double)] = []
        var group: [(id: String, score: Double)] = []
        func flush() { out += group.sorted { $0.id < $1.id }; group = [] }
        for hit in results.hits {
            if let last = group.last, abs(last.score - hit.score) > 1e-9 * max(1, abs(hit.score)) { flush() }
            group.append((hit.item.id, hit.score))
        }
        flush()
        return out
    }

    /// Expects `other` to answer every query as `reference` does: ids in rank order, scores, totals and facets.
    static func expectSameAnswers(_ reference: IndexReader, _ other: IndexReader, includeHidden: Bool = false, label: String) throws {
        for query in queries {
            let request = SearchRequest(query: query, limit: 200, includeHidden: includeHidden)
            let expected = try reference.search(request), actual = try other.search(request)
            #expect(expected.total > 0, "\(label) \(query): the query should match something")
            #expect(actual.total == expected.total, "\(label) \(query): total")
            let want = ranked(expected), got = ranked(actual)
            #expect(got.map(\.id) == want.map(\.id), "\(label) \(query): ranked ids")
            for (a, b) in zip(got, want) {
                #expect(abs(a.score - b.score) <= 1e-9 * max(1, abs(b.score)), "\(label) \(query): score of \(a.id) \(a.score) vs \(b.score)")
            }
            let facets = { (results: SearchResults) in results.facets.mapValues { $0.map { "\($0.value)=\($0.count)" }.sorted() } }
            #expect(facets(actual) == facets(expected), "\(label) \(query): facet counts")
        }
    }

    private static let tcpsrv = ProjectPaths.which("xapian-tcpsrv")

    @Test(.enabled(if: tcpsrv != nil, "xapian-tcpsrv is not on PATH: install Debian's xapian-tools"))
    func oneIndexThreeLocalShardsAndThreeRemoteShardsGiveTheSameRankingScoresAndFacets() throws {
        let library = try TestLibrary(Self.corpus(count: 45, seed: 15))
        try library.index()
        let sharded = IndexLocation(root: library.directory.path("Sharded"))
        let report = try ShardedIndexer(location: sharded, shardCount: 3).update(sources: library.sources())
        #expect(report.documentCount == 45 && report.added == 45 && sharded.shardCount == 3)
        let shards = try sharded.shardFolders().map { try IndexReader(location: $0, includeHidden: true) }
        for index in 0..<45 {
            let id = String(format: "S-%04d", index)
            let holders = try shards.indices.filter { try shards[$0].item(id: id) != nil }
            #expect(holders == [ShardedIndexer.shard(of: id, count: 3)], "\(id) is in the shard its id hashes to")
        }
        #expect(try shards.allSatisfy { try $0.documentCount > 0 })
        try Self.expectSameAnswers(try library.reader(), try IndexReader(location: sharded), label: "local")
        try Self.expectSameAnswers(try library.reader(includeHidden: true), try IndexReader(location: sharded, includeHidden: true),
                                   includeHidden: true, label: "local, both partitions")

        let servers = try ShardServers(paths: sharded.shardFolders().map(\.root.path), server: try #require(Self.tcpsrv))
        let stub = library.directory.path("remote.stub")
        try servers.stub.write(to: stub, atomically: true, encoding: .utf8)
        let remote = try servers.open(stub.path)
        try Self.expectSameAnswers(try library.reader(), remote, label: "remote")
        #expect(try remote.item(id: "S-0001")?.record?.id == "S-0001")
    }

    @Test func incrementalUpdatesRebuildsAndANewNumberOfShardsKeepTheAnswersOfOneIndex() throws {
        let library = try TestLibrary(Self.corpus(count: 30, seed: 7))
        let sharded = IndexLocation(root: library.directory.path("Sharded"))
        func update(_ shards: Int?, rebuild: Bool = false) throws -> IndexUpdateReport {
            try ShardedIndexer.update(location: sharded, shards: shards, sources: library.sources(), rebuild: rebuild)
        }
        try library.index()
        _ = try update(3)
        // Change a record, remove one, add one, and hide one: only those files are written again.
        for object in Self.corpus(count: 2, seed: 99, idPrefix: "NEW") { try library.add(object) }
        try library.add(searchCase("S-0004", title: "申请公开户籍档案及监控录像案", year: 2020))
        try library.remove(id: "S-0005")
        try library.add(searchCase("S-0006", title: "申请查阅询问笔录案", ["review": ["status": "draft", "secrecy_checked": false], "publishable": nil]))
        try library.index()
        let incremental = try update(nil)
        #expect(!incremental.rebuilt && incremental.added == 2 && incremental.updated == 2 && incremental.removed == 1)
        #expect(incremental.documentCount == 31)
        try Self.expectSameAnswers(try library.reader(), try IndexReader(location: sharded), label: "after an incremental update")
        try Self.expectSameAnswers(try library.reader(includeHidden: true), try IndexReader(location: sharded, includeHidden: true),
                                   includeHidden: true, label: "after an incremental update, both partitions")
        #expect(try !update(nil).wroteIndex, "nothing changed: nothing written")

        let reader = try IndexReader(location: sharded)
        let before = try reader.revision
        try library.add(searchCase("S-0008", title: "申请查阅消防检查记录案", year: 2019))
        try library.index()
        _ = try update(nil)
        #expect(try reader.revision > before, "a commit to a shard moves the sharded index's revision")

        #expect(try update(3, rebuild: true).rebuilt)
        try reader.refresh()
        try Self.expectSameAnswers(try library.reader(), reader, label: "a reader refreshed after a rebuild")
        _ = try update(2)
        #expect(sharded.shardCount == 2 && !FileManager.default.fileExists(atPath: sharded.root.appendingPathComponent("shard-2").path))
        try Self.expectSameAnswers(try library.reader(), try IndexReader(location: sharded), label: "two shards")
        _ = try update(1)
        #expect(sharded.shardCount == nil && sharded.currentGeneration() != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sharded.root.path).allSatisfy { !$0.hasPrefix("shard-") })
        try Self.expectSameAnswers(try library.reader(), try IndexReader(location: sharded), label: "back to one database")
    }

    @Test(.enabled(if: tcpsrv != nil, "xapian-tcpsrv is not on PATH: install Debian's xapian-tools"))
    func aShardThatIsDownOrStopsAnsweringGivesANetworkErrorWithinTheTimeout() throws {
        let library = try TestLibrary(Self.corpus(count: 20, seed: 3))
        let sharded = IndexLocation(root: library.directory.path("Sharded"))
        _ = try ShardedIndexer(location: sharded, shardCount: 3).update(sources: library.sources())
        let paths = sharded.shardFolders().map(\.root.path)
        for failure in [SIGKILL, SIGSTOP] {
            let servers = try ShardServers(paths: paths, server: try #require(Self.tcpsrv))
            let stub = library.directory.path("remote-\(failure).stub")
            try servers.stub.write(to: stub, atomically: true, encoding: .utf8)
            let reader = try servers.open(stub.path)
            #expect(try reader.search(SearchRequest(query: "户籍档案")).total > 0)
            servers.signal(1, failure)
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                _ = try reader.search(SearchRequest(query: "户籍档案"))
                Issue.record("a search with a shard \(failure == SIGKILL ? "down" : "stopped") should fail")
            } catch let error as IndexError {
                #expect(error.code == .network, "\(error.code): \(error.message)")
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            #expect(seconds < 20, "the failure is bounded by Xapian's remote timeout (10 s), took \(seconds) s")
        }
    }
}

extension ShardServers {
    /// Opens a stub listing the servers once every one listens.
    func open(_ stub: String) throws -> IndexReader {
        waitUntilListening()
        return try IndexReader(path: stub)
    }
}
