import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("caselib index and search, run as a process")
struct IndexSearchCommandTests {
    private static func workspace() throws -> CaselibWorkspace {
        let workspace = CaselibWorkspace()
        try workspace.add([
            Fixtures.caseJSON(id: "2021-XH-0001", ["title": "申请查阅户籍迁移的历史档案案", "category": "户籍类"]),
            Fixtures.caseJSON(id: "2021-XH-0002", ["title": "申请公开交通事故认定书案", "category": "交通管理类"]),
        ])
        return workspace
    }

    @Test func indexingTwiceSaysTheSecondRunIsUpToDate() throws {
        let workspace = try Self.workspace()
        let first = try workspace.run("index")
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout.contains("已重建") && first.stdout.contains("新增 2"), "\(first)")
        let second = try workspace.run("index")
        #expect(second.status == 0)
        #expect(second.stdout.contains("索引已是最新：2 个文件未变，共 2 个文档"), "\(second)")
        let rebuilt = try workspace.run("index", "--rebuild")
        #expect(rebuilt.status == 0)
        #expect(rebuilt.stdout.contains("已重建"), "\(rebuilt)")
        #expect(try String(contentsOf: workspace.index.appendingPathComponent("XAPIANDB"), encoding: .utf8) == "glass db-2\n")
    }

    @Test func indexReportsSkippedFilesAndExitsOne() throws {
        let workspace = try Self.workspace()
        try workspace.directory.write("id: 2021-XH-0009\nkind: case\nyear: abc\n", to: "Cases/cases/2021-XH-0009.md")
        let result = try workspace.run("index")
        #expect(result.status == 1)
        #expect(result.stderr.contains("未索引（已跳过）：Cases/cases/2021-XH-0009.md:3"), "\(result)")
        #expect(result.stdout.contains("新增 2"))
    }

    @Test func searchJSONHasTotalResultsAndFacets() throws {
        let workspace = try Self.workspace()
        try workspace.run("index")
        let result = try workspace.run("search", "户籍档案", "--json")
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["total"] as? Int == 1)
        let results = try #require(object["results"] as? [[String: Any]])
        let first = try #require(results.first)
        #expect(first["id"] as? String == "2021-XH-0001")
        #expect(first["kind"] as? String == "case")
        #expect(first["title"] as? String == "申请查阅户籍迁移的历史档案案")
        #expect((first["score"] as? Double ?? 0) > 0)
        #expect((first["snippet"] as? String)?.contains("<mark>") == true)
        let facets = try #require(object["facets"] as? [String: Any])
        #expect(facets["category"] != nil && facets["kind"] != nil)
    }

    @Test(.enabled(if: ProjectPaths.shared("eval/precedents-dev/corpus.jsonl") != nil,
                   "../shared/eval/precedents-dev/corpus.jsonl is absent"))
    func searchOnTheImportedDevCorpusFindsHouseholdRecords() throws {
        let corpus = try #require(ProjectPaths.shared("eval/precedents-dev/corpus.jsonl"))
        let workspace = CaselibWorkspace()
        #expect(try workspace.run("import", corpus.path).status == 0)
        let result = try workspace.run("search", "户籍档案", "--json", "--limit", "5")
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let total = try #require(object["total"] as? Int)
        #expect(total > 0)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.count == min(5, total))
        for hit in results {
            for key in ["id", "kind", "title", "score", "snippet"] { #expect(hit[key] != nil, "hit lacks \(key)") }
        }
        let facets = try #require(object["facets"] as? [String: [[String: Any]]])
        let kindCount = (facets["kind"] ?? []).compactMap { $0["count"] as? Int }.reduce(0, +)
        #expect(kindCount == total, "kind facet counts add up to the total")
        let page2 = try workspace.run("search", "户籍档案", "--json", "--limit", "5", "--offset", "5")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(page2.stdout.utf8)) as? [String: Any])
        #expect(second["total"] as? Int == total)
        let firstIDs = Set(results.compactMap { $0["id"] as? String })
        let secondIDs = Set((second["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(firstIDs.isDisjoint(with: secondIDs))
    }

    @Test(arguments: ["\"户籍档案", "foo:bar", "year:20x0", "-"])
    func badQueryExitsNonZeroWithAMessageOnStderr(_ query: String) throws {
        let workspace = try Self.workspace()
        try workspace.run("index")
        let result = try workspace.run("search", query)
        #expect(result.status != 0)
        #expect(!result.crashed)
        #expect(result.stderr.hasPrefix("caselib: "), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownOptionExitsTwoWithUsage() throws {
        let workspace = try Self.workspace()
        let result = try workspace.run("search", "户籍", "--frobnicate")
        #expect(result.status == 2)
        #expect(result.stderr.contains("未知选项 --frobnicate（‘search’ 命令不接受此选项）"))
        #expect(result.stderr.contains("用法：caselib"))
        #expect(try workspace.run("nonsense").status == 2)
        #expect(try workspace.run("search", "x", "--limit", "0").status == 2)
    }

    @Test func searchWithoutAnIndexSaysToRunIndexFirst() throws {
        let workspace = try Self.workspace()
        let result = try workspace.run("search", "户籍")
        #expect(result.status == 1)
        #expect(result.stderr.contains("请先运行 caselib index"))
    }

    @Test func casesAndIndexOptionsAreHonouredFromAnotherDirectory() throws {
        let workspace = try Self.workspace()
        let elsewhere = TemporaryDirectory("caselib-elsewhere")
        let index = try workspace.run("index", "--cases", workspace.cases.path, "--index", workspace.index.path, in: elsewhere.url)
        #expect(index.status == 0, "\(index)")
        #expect(FileManager.default.fileExists(atPath: workspace.index.appendingPathComponent("XAPIANDB").path))
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path("Index").path))
        let search = try workspace.run("search", "户籍档案", "--json", "--cases", workspace.cases.path,
                                       "--index=\(workspace.index.path)", in: elsewhere.url)
        #expect(search.status == 0, "\(search)")
        #expect(search.stdout.contains("2021-XH-0001"))
        let validate = try workspace.run("validate", "--cases", workspace.cases.path, in: elsewhere.url)
        #expect(validate.status == 0, "\(validate)")
    }

    @Test func plainSearchListsHitsWithMarkedSnippets() throws {
        let workspace = try Self.workspace()
        try workspace.run("index")
        let result = try workspace.run("search", "户籍档案")
        #expect(result.status == 0)
        #expect(result.stdout.contains("[2021-XH-0001]"))
        #expect(result.stdout.contains("【"))
        let none = try workspace.run("search", "消防验收")
        #expect(none.stdout.contains("没有找到匹配的记录"))
    }
}

@Suite("caselib search filters, hidden records, import references and export problems")
struct SearchOptionCommandTests {
    @Test func searchOptionsFilterAndAllShowsHiddenCases() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([
            Fixtures.caseJSON(id: "2019-XH-0001", ["title": "申请查阅户籍档案案", "year": 2019, "category": "户籍类"]),
            Fixtures.caseJSON(id: "2021-XH-0001", ["title": "申请查阅历史档案案", "year": 2021, "category": "历史信息类"]),
            Fixtures.caseJSON(id: "2022-XH-0001", ["title": "申请查阅单位档案案", "year": 2022, "category": "历史信息类",
                                                   "review": ["status": "draft", "secrecy_checked": false], "publishable": nil]),
        ])
        try workspace.run("index")
        func ids(_ arguments: String...) throws -> Set<String> {
            let result = try CommandRunner.run(["search"] + arguments + ["--json"], in: workspace.directory.url)
            #expect(result.status == 0, "\(result)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return Set((object["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        }
        #expect(try ids("档案") == ["2019-XH-0001", "2021-XH-0001"])
        #expect(try ids("档案", "--all") == ["2019-XH-0001", "2021-XH-0001", "2022-XH-0001"])
        #expect(try ids("档案", "--category", "历史信息类") == ["2021-XH-0001"])
        #expect(try ids("档案", "--year", "2019..2020") == ["2019-XH-0001"])
        #expect(try ids("档案", "--year", "2020..2023", "--all") == ["2021-XH-0001", "2022-XH-0001"])
        #expect(try ids("档案", "--kind", "outcome").isEmpty)
        let badYear = try workspace.run("search", "档案", "--year", "20x0")
        #expect(badYear.status == 2 && badYear.stderr.contains("--year"), "\(badYear)")
    }

    @Test func importedOutcomeMayReferToACaseAlreadyInTheLibrary() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2023-XH-0001")])
        _ = try workspace.jsonl([
            Fixtures.line(Fixtures.outcomeJSON(id: "O-1", caseID: "2023-XH-0001")),
            Fixtures.line(Fixtures.outcomeJSON(id: "O-2", caseID: "2099-XX-9999")),
        ])
        let result = try workspace.run("import", "input.jsonl")
        #expect(result.status == 1)
        #expect(FileManager.default.fileExists(atPath: workspace.cases.appendingPathComponent("outcomes/O-1.md").path))
        #expect(result.stdout.contains("input.jsonl:2: case"), "\(result)")
    }

    @Test func exportSkipsInvalidFilesAndSaysSo() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2023-XH-0001")])
        try workspace.directory.write("id: 2023-XH-0002\nkind: case\nyear: abc\n", to: "Cases/cases/2023-XH-0002.md")
        let result = try workspace.run("export")
        #expect(result.status == 1)
        #expect(try objectsByID(result.stdout).keys.sorted() == ["2023-XH-0001"])
        #expect(result.stderr.contains("未导出：Cases/cases/2023-XH-0002.md:3"), "\(result)")
    }
}

@Suite("caselib index guards the index against a wrong --cases")
struct IndexGuardCommandTests {
    /// Regression: `index` with a mistyped `--cases` used to remove every document and exit 0.
    @Test func indexingAMissingCasesFolderFailsAndLeavesTheIndexAlone() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2021-XH-0001", ["title": "申请查阅户籍档案案"])])
        #expect(try workspace.run("index").status == 0)
        let typo = try workspace.run("index", "--cases", "Casse")
        let search = try workspace.run("search", "户籍档案", "--json")
        #expect(typo.status != 0, "\(typo)")
        #expect(typo.stderr.contains("案例库目录不存在"), "\(typo)")
        #expect(search.stdout.contains("2021-XH-0001"), "\(search)")
    }
}
