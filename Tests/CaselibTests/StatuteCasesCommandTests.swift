import Foundation
import TestSupport
import Testing

@Suite("caselib statutes cases")
struct StatuteCasesCommandTests {
    /// Runs on every clone: the OGI Regulations ship in the repo's `Cases/statutes/`.
    @Test func listsTheCasesThatAppliedAnArticleByAliasAndNumber() throws {
        let law = ProjectPaths.root.appendingPathComponent("Cases/statutes/中华人民共和国政府信息公开条例(2019-05-15).md")
        let workspace = CaselibWorkspace()
        try workspace.add([
            Fixtures.caseJSON(id: "2023-XH-0001", ["legal_basis": ["《政府信息公开条例》第十五条"]]),
            Fixtures.caseJSON(id: "2023-XH-0002", ["legal_basis": ["《条例》第三十六条第（三）项"]]),
            Fixtures.caseJSON(id: "2023-XH-0003", ["legal_basis": ["《条例》第十五条"], "review": ["status": "draft", "secrecy_checked": false]]),
        ])
        try workspace.directory.write(try String(contentsOf: law, encoding: .utf8), to: "Cases/statutes/政府信息公开条例(2019-05-15).md")
        #expect(try workspace.run("index").status == 0)
        let listing = try workspace.run("statutes", "cases", "条例", "第十五条")
        #expect(listing.status == 0, "\(listing)")
        #expect(listing.stdout.contains("适用《政府信息公开条例》第十五条的案例：1 件"), "\(listing.stdout)")
        #expect(listing.stdout.contains("[2023-XH-0001]") && !listing.stdout.contains("2023-XH-0003"))
        let json = try workspace.run("statutes", "cases", "政府信息公开条例", "36", "--json", "--all")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["count"] as? Int == 1)
        #expect(object["article"] as? String == "第三十六条")
        let bad = try workspace.run("statutes", "cases", "条例", "第X条")
        #expect(bad.status == 2, "\(bad)")
    }

    @Test func aLibraryWithoutStatutesIsAClearError() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON()])
        #expect(try workspace.run("index").status == 0)
        let run = try workspace.run("statutes", "cases", "条例", "第十五条")
        #expect(run.status == 1)
        #expect(run.stderr.contains("没有法规"), "\(run)")
    }
}
