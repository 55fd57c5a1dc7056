import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("caselib users, token and audit")
struct UsersCommandTests {
    @Test func usersAreAddedListedAndDisabledAndATokenIsPrintedAloneOnTheLastLine() throws {
        let workspace = CaselibWorkspace()
        let users = workspace.directory.path("access/users.jsonl").path
        let added = try workspace.run("users", "add", "zhang", "--role", "reviewer", "--unit", "徐汇分局", "--users", users)
        #expect(added.status == 0, "\(added)")
        #expect(try workspace.run("users", "add", "zhang", "--role", "member", "--unit", "市局", "--users", users).status == 1)
        #expect(try workspace.run("users", "add", "li", "--role", "king", "--unit", "市局", "--users", users).status == 2)
        let issued = try workspace.run("token", "issue", "zhang", "--users", users)
        #expect(issued.status == 0)
        let token = try #require(issued.stdout.split(separator: "\n").last.map(String.init))
        #expect(token.count == 64 && token.allSatisfy(\.isHexDigit), "the token alone on the last line: \(issued.stdout)")
        let file = try String(contentsOfFile: users, encoding: .utf8)
        #expect(!file.contains(token) && file.contains(SHA256.hex(Array(token.utf8))))
        let list = try workspace.run("users", "list", "--users", users)
        #expect(list.stdout.contains("zhang\treviewer\t徐汇分局\t启用\t有效令牌 1 个"), "\(list.stdout)")
        #expect(try workspace.run("token", "revoke", "zhang", "--users", users).stdout.contains("已撤销 zhang 的 1 个令牌"))
        #expect(try workspace.run("users", "disable", "zhang", "--users", users).status == 0)
        #expect(try workspace.run("users", "list", "--users", users).stdout.contains("已停用"))
    }

    /// Regression: `caselib similar <hidden id>` worked without `--all` and printed phrases of the hidden text.
    @Test func similarToAHiddenCaseNeedsAll() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([
            Fixtures.caseJSON(id: "2023-XH-0001"),
            Fixtures.caseJSON(id: "2023-XH-0002", ["title": "草稿：金丝雀暗记处罚决定书案", "review": ["status": "draft", "secrecy_checked": false]]),
        ])
        #expect(try workspace.run("index").status == 0)
        let hidden = try workspace.run("similar", "2023-XH-0002")
        #expect(hidden.status == 1 && !hidden.stdout.contains("金丝雀"), "\(hidden)")
        #expect(hidden.stderr.contains("没有编号为 2023-XH-0002 的记录"))
        #expect(try workspace.run("similar", "2023-XH-0002", "--all").status == 0)
    }

    @Test func theAuditLogIsReadByUserRecordAndDate() throws {
        let workspace = CaselibWorkspace()
        let path = workspace.directory.path("audit.jsonl")
        let lines = [
            #"{"time": "2026-12-01T08:00:00Z", "user": "zhang", "role": "member", "method": "GET", "route": "record", "records": ["2023-XH-0001"], "count": 1, "status": 200}"#,
            #"{"time": "2026-12-03T08:00:00Z", "user": "li", "role": "reviewer", "method": "POST", "route": "search", "records": ["2023-XH-0002"], "query": "户籍", "count": 1, "status": 200}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: path)
        let byUser = try workspace.run("audit", "--audit", path.path, "--user", "li")
        #expect(byUser.stdout.contains("检索：户籍") && !byUser.stdout.contains("zhang"), "\(byUser)")
        #expect(byUser.stdout.contains("共 1 条审计记录"))
        let byRecord = try workspace.run("audit", "--audit", path.path, "--record", "2023-XH-0001", "--json")
        #expect(byRecord.stdout.split(separator: "\n").count == 1 && byRecord.stdout.contains("zhang"))
        #expect(try workspace.run("audit", "--audit", path.path, "--since", "2026-12-02").stdout.contains("共 1 条审计记录"))
        #expect(try workspace.run("audit", "--audit", path.path, "--since", "yesterday").status == 2)
    }
}
