import CaseLibrary
import Foundation
import TestSupport
import Testing

/// `caselib deadline` and the answer desk of `caselib precedents` (`--json`, `--report`), run as a process.
@Suite("caselib deadline and precedents --json/--report, run as a process")
struct DeskCommandTests {
    private static func workspace() throws -> CaselibWorkspace {
        let workspace = CaselibWorkspace()
        try workspace.add([
            Fixtures.caseJSON(id: "2023-XH-0001", ["title": "申请公开对邻居的行政处罚决定书案"]),
            Fixtures.caseJSON(id: "2024-XH-0002", ["title": "被侵害人申请公开行政拘留决定书案", "year": 2024, "received": "2024-09-20",
                                                   "answered": "2024-10-23", "response": "部分公开", "response_detail": nil]),
            Fixtures.outcomeJSON(id: "O-2023-001", caseID: "2023-XH-0001", ["result": "撤销", "number": "徐府复字〔2023〕第12号"]),
        ])
        let calendar = try String(contentsOf: ProjectPaths.root.appendingPathComponent("Cases/holidays.txt"), encoding: .utf8)
        _ = try workspace.directory.write(calendar, to: "Cases/holidays.txt")
        #expect(try workspace.run("index").status == 0)
        return workspace
    }

    @Test func deadlinePrintsTheDueDateAndItsJSON() throws {
        let workspace = try Self.workspace()
        let text = try workspace.run("deadline", "--received", "2024-09-20")
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("答复期限：2024-10-23（星期三）"))
        let json = try workspace.run("deadline", "--received", "2024-03-01", "--corrected", "2024-03-11", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["due"] as? String == "2024-04-09")
        let outside = try workspace.run("deadline", "--received", "2020-01-06")
        #expect(outside.status == 1)
        #expect(outside.stderr.contains("不在节假日日历的年份内"), "\(outside)")
    }

    @Test func precedentsJSONCarriesTheSuggestionAndTheArticles() throws {
        let workspace = try Self.workspace()
        let result = try workspace.run("precedents", "--json", "--received", "2024-09-20", "申请公开对加害人作出的行政拘留决定书")
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let suggestion = try #require(object["suggestion"] as? [String: Any])
        #expect((suggestion["text"] as? String)?.hasPrefix("前2例中") == true, "\(suggestion)")
        #expect(object["articles"] is [Any])
        #expect((object["deadline"] as? [String: Any])?["due"] as? String == "2024-10-23")
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(Set(results.compactMap { $0["status"] as? String }) == ["corrected", "unchallenged"])
        #expect(results.first { $0["id"] as? String == "2024-XH-0002" }?["answer_days"] as? Int == 20)
    }

    @Test func reportIsWrittenInTheFormatOfItsExtension() throws {
        let workspace = try Self.workspace()
        for name in ["report.md", "report.html"] {
            let result = try workspace.run("precedents", "--report", name, "申请公开对加害人作出的行政拘留决定书")
            #expect(result.status == 0, "\(result)")
            let text = try String(contentsOf: workspace.directory.path(name), encoding: .utf8)
            #expect(text.contains("类案检索报告") && text.contains("2023-XH-0001") && text.contains("拟答复参考"))
        }
        let bad = try workspace.run("precedents", "--report", "report.txt", "行政拘留决定书")
        #expect(bad.status == 1 && bad.stderr.contains(".md、.html 或 .pdf"))
    }

    @Test func searchFindsARecordIdAndADecisionNumber() throws {
        let workspace = try Self.workspace()
        let id = try workspace.run("search", "--json", "2024xh0002")
        #expect(id.stdout.contains("\"id\": \"2024-XH-0002\""))
        let number = try workspace.run("search", "--json", "徐府复字（2023）第12号")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(number.stdout.utf8)) as? [String: Any])
        #expect(((object["results"] as? [[String: Any]])?.first?["id"] as? String) == "O-2023-001")
    }
}
