import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("caselib index --shards, run as a process")
struct ShardCommandTests {
    @Test func indexingIntoShardsSearchesLikeOneIndexAndKeepsItsLayout() throws {
        let workspace = CaselibWorkspace()
        try workspace.add((1...6).map { number -> [String: Any] in
            // Titles of different lengths: no two scores tie (ties follow docids, which differ between layouts).
            let title = (number % 2 == 0 ? "申请查阅户籍迁移的历史档案" : "申请公开交通事故认定书") + String(repeating: "及附件", count: number) + "案"
            return Fixtures.caseJSON(id: "2021-XH-000\(number)", ["title": title])
        })
        #expect(try workspace.run("index").status == 0)
        let single = try workspace.run("search", "户籍档案", "--json")
        let sharded = try workspace.run("index", "--shards", "3")
        #expect(sharded.status == 0 && sharded.stdout.contains("索引分为 3 个分片"), "\(sharded)")
        let stub = try String(contentsOf: workspace.index.appendingPathComponent("XAPIANDB"), encoding: .utf8)
        #expect(stub == "auto shard-0\nauto shard-1\nauto shard-2\n")
        #expect(try workspace.run("search", "户籍档案", "--json").stdout == single.stdout, "the same page through the shards")
        let again = try workspace.run("index")
        #expect(again.stdout.contains("索引已是最新：6 个文件未变，共 6 个文档") && again.stdout.contains("3 个分片"), "\(again)")
        let back = try workspace.run("index", "--shards", "1")
        #expect(back.status == 0 && !FileManager.default.fileExists(atPath: workspace.index.appendingPathComponent("shard-0").path))
        #expect(try workspace.run("search", "户籍档案", "--json").stdout == single.stdout)
        let bad = try workspace.run("index", "--shards", "0")
        #expect(bad.status != 0 && bad.stderr.contains("--shards"), "\(bad)")
    }
}
