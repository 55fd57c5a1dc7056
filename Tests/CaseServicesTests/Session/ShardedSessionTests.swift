import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import Glibc
import TestSupport
import Testing

/// Search, facets, precedents and similar cases answer through a sharded index as through one
/// database; a remote shard that is down is a Chinese error, not a partial answer.
@Suite("Sessions over a sharded index")
struct ShardedSessionTests {
    static let application = "申请人要求公开派出所对其邻居作出的行政拘留决定书和询问笔录，用于民事诉讼，邻居不同意。"
    static let queries = ["户籍档案", "交通事故认定书", "第三方意见 category:行政处罚类", "信息公开 year:2019..2023"]

    /// Tied scores ordered by id: docids, Xapian's tie-break, differ between layouts.
    static func normalised(_ pairs: [(id: String, score: Double)]) -> [String] {
        pairs.sorted { abs($0.score - $1.score) > 1e-9 * max(1, abs($1.score)) ? $0.score > $1.score : $0.id < $1.id }
            .map { "\($0.id) \(String(format: "%.6f", $0.score))" }
    }

    static func answers(_ session: LibrarySession) throws -> [String] {
        var out: [String] = []
        for query in queries {
            let page = try session.search(SearchQuery(text: query, limit: 50))
            out += ["\(query): \(page.total)"] + normalised(page.entries.map { ($0.summary.id, $0.score) })
            out += page.facets.map { "\($0.name): " + $0.counts.map { "\($0.value)=\($0.count)" }.sorted().joined(separator: ",") }
        }
        out += normalised(try session.precedents(.init(text: application, limit: 30)).map { ($0.record.id, $0.score) })
        return out
    }

    /// The ten cases most like 2021-PT-0024.
    static func similar(_ session: LibrarySession) throws -> [String] {
        try session.similar(to: "2021-PT-0024", limit: 10).map(\.record.id)
    }

    @Test func searchFacetsAndPrecedentsAnswerAsOneDatabaseDoesAndSimilarCasesStayClose() throws {
        let directory = TemporaryDirectory("sharded-session")
        let cases = ProjectPaths.root.appendingPathComponent("Cases")
        let single = CaseLibraryService(casesRoot: cases, indexRoot: directory.path("Index"))
        let sharded = CaseLibraryService(casesRoot: cases, indexRoot: directory.path("Sharded"))
        _ = try single.updateIndex()
        _ = try sharded.updateIndex(shards: 3)
        #expect(sharded.shardCount == 3 && single.shardCount == nil)
        let expected = try Self.answers(try LibrarySession(library: single, viewer: .member))
        let actual = try Self.answers(try LibrarySession(library: sharded, viewer: .member))
        #expect(actual == expected)
        // Similar cases: the same machinery, but its scores differ between layouts (known, not yet
        // explained: the relevance-feedback pass over the case's own long text); the cases found stay close.
        let similarOne = try Self.similar(try LibrarySession(library: single, viewer: .member))
        let similarSharded = try Self.similar(try LibrarySession(library: sharded, viewer: .member))
        #expect(!similarSharded.contains("2021-PT-0024") && similarSharded.count == 10)
        #expect(Set(similarSharded).intersection(similarOne).count >= 8, "\(similarSharded) vs \(similarOne)")
        let status = try LibrarySession(library: sharded, viewer: .member).status()
        #expect(status.documents == (try LibrarySession(library: single, viewer: .member).status().documents) && status.revision > 0)
    }

    @Test(.enabled(if: ProjectPaths.which("xapian-tcpsrv") != nil, "xapian-tcpsrv is not on PATH: install Debian's xapian-tools"))
    func aRemoteShardThatIsDownGivesAChineseErrorNotAPartialResult() throws {
        let directory = TemporaryDirectory("sharded-remote-session")
        let cases = ProjectPaths.root.appendingPathComponent("Cases")
        let sharded = CaseLibraryService(casesRoot: cases, indexRoot: directory.path("Sharded"))
        _ = try sharded.updateIndex(shards: 3)
        let paths = (0..<3).map { directory.path("Sharded/shard-\($0)").path }
        let servers = try ShardServers(paths: paths, server: try #require(ProjectPaths.which("xapian-tcpsrv")))
        let stub = try directory.write(servers.stub, to: "remote.stub")
        servers.waitUntilListening()
        let session = try LibrarySession(library: CaseLibraryService(casesRoot: cases, indexRoot: stub), viewer: .member)
        #expect(try session.search(SearchQuery(text: "户籍档案")).total > 0)
        servers.signal(2, SIGKILL)
        do {
            _ = try session.search(SearchQuery(text: "户籍档案"))
            Issue.record("a search with a shard down should fail")
        } catch let error as ServiceError {
            #expect(error.code == "internal" && error.description.contains("有索引分片无法访问"), "\(error)")
        }
    }
}
