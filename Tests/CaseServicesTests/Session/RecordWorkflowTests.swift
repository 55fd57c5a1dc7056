import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

/// 先审查、后公开 through the session: a member's new case reaches other members only through a
/// reviewer's approval; nobody approves their own; stale copies never overwrite; a failed write
/// leaves nothing behind.
@Suite("Adding and reviewing records")
struct RecordWorkflowTests {
    final class Library {
        let directory = TemporaryDirectory("workflow")
        let service: CaseLibraryService
        let workspace: LibraryWorkspace

        init() throws {
            service = CaseLibraryService(casesRoot: directory.path("Cases"), indexRoot: directory.path("Index"))
            try service.folder.write(try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0001"))))
            _ = try service.updateIndex()
            workspace = try LibraryWorkspace(library: service, refreshInterval: 0)
        }

        func session(_ name: String, _ role: Role) -> LibrarySession { workspace.session(for: Viewer(name: name, role: role, unit: "徐汇分局")) }
    }

    static func newCase(_ id: String = "2024-XH-0100", status: String = "draft", title: String = "申请公开金丝雀巷监控录像案") throws -> JSONValue {
        try JSONParser.parse(Fixtures.line(Fixtures.caseJSON(id: id, [
            "title": title, "year": 2024, "received": "2024-03-01", "answered": "2024-03-20",
            "review": ["status": status, "secrecy_checked": false],
        ])))
    }

    private func ids(_ session: LibrarySession, _ query: String) throws -> [String] {
        try session.search(SearchQuery(text: query)).entries.map(\.summary.id)
    }

    @Test func aMembersCaseReachesOthersOnlyAfterAnotherPersonApprovesIt() throws {
        let library = try Library()
        let author = library.session("zhang", .member), other = library.session("li", .member)
        let reviewer = library.session("wang", .reviewer)
        let created = try author.create(try Self.newCase())
        #expect(created.record.review == .draft)
        #expect(created.history.creator == "zhang")
        #expect(try ids(other, "金丝雀巷").isEmpty, "a draft is hidden from other members")
        #expect(throws: ServiceError.notFound("没有编号为 2024-XH-0100 的记录")) { try other.record(id: "2024-XH-0100") }
        #expect(try author.record(id: "2024-XH-0100").record.id == "2024-XH-0100", "the author sees their own draft")
        #expect(throws: ServiceError.refused("记录 2024-XH-0100 当前为 draft，只有待审（submitted）的记录可以批准")) {
            try reviewer.review(id: "2024-XH-0100", .approve(secrecyChecked: true))
        }
        _ = try author.review(id: "2024-XH-0100", .submit)
        #expect(try reviewer.work().contains { $0.record.id == "2024-XH-0100" && $0.state == "submitted" }, "in the reviewer's queue")
        #expect(throws: ServiceError.self) { try other.review(id: "2024-XH-0100", .approve(secrecyChecked: true)) }
        #expect(throws: ServiceError.badInput("'secrecy_checked'：批准前必须完成保密审查（secrecy_checked 为 true）")) {
            try reviewer.review(id: "2024-XH-0100", .approve(secrecyChecked: false))
        }
        let approved = try reviewer.review(id: "2024-XH-0100", .approve(secrecyChecked: true))
        #expect(approved.record.review == .reviewed && approved.record.secrecyChecked)
        #expect(approved.record["review"]?["reviewer"]?.stringValue == "wang")
        #expect(try ids(other, "金丝雀巷") == ["2024-XH-0100"])
        #expect(approved.history.events.map(\.action) == [.create, .submit, .approve])

        // Edited after approval: back to submitted, hidden again.
        var edited = approved.record.json
        if case .object(var members) = edited {
            members = members.map { $0.0 == "title" ? ("title", .string("申请公开金丝雀巷监控录像案（补充）")) : $0 }
            edited = .object(members)
        }
        let replaced = try author.replace(id: "2024-XH-0100", with: edited, ifMatch: approved.etag)
        #expect(replaced.record.review == .submitted)
        #expect(try ids(other, "金丝雀巷").isEmpty)
    }

    @Test func nobodyApprovesARecordTheyAddedOrLastChanged() throws {
        let library = try Library()
        let reviewer = library.session("wang", .reviewer), second = library.session("zhao", .reviewer)
        _ = try reviewer.create(try Self.newCase(status: "submitted"))
        #expect(throws: ServiceError.forbidden("不能审核自己提交或修改的记录（谁公开、谁审查、谁负责）")) {
            try reviewer.review(id: "2024-XH-0100", .approve(secrecyChecked: true))
        }
        let current = try second.storedVersion(id: "2024-XH-0100")
        _ = try second.replace(id: "2024-XH-0100", with: current.record.json, ifMatch: current.etag)
        #expect(throws: ServiceError.self) { try second.review(id: "2024-XH-0100", .approve(secrecyChecked: true)) }
        #expect(throws: ServiceError.badInput("'reason'：退回时必须写明理由（2000 字以内）")) { try reviewer.review(id: "2024-XH-0100", .reject(reason: " ")) }
        let rejected = try reviewer.review(id: "2024-XH-0100", .reject(reason: "请隐去第三方姓名"))
        #expect(rejected.record.review == .rejected)
        #expect(rejected.history.events.last?.reason == "请隐去第三方姓名")
    }

    @Test func aStaleOrMissingETagNeverOverwrites() throws {
        let library = try Library()
        let author = library.session("zhang", .member)
        let first = try author.create(try Self.newCase())
        let second = try author.replace(id: "2024-XH-0100", with: first.record.json, ifMatch: first.etag)
        #expect(throws: ServiceError.stale("记录 2024-XH-0100 已被他人修改：请重新读取后再改")) {
            try author.replace(id: "2024-XH-0100", with: first.record.json, ifMatch: first.etag)
        }
        #expect(throws: ServiceError.self) { try author.replace(id: "2024-XH-0100", with: first.record.json, ifMatch: nil) }
        #expect(try author.storedVersion(id: "2024-XH-0100").etag == second.etag)
        #expect(throws: ServiceError.forbidden("只能提交或修改自己添加的记录")) {
            try library.session("li", .member).replace(id: "2023-XH-0001", with: first.record.json, ifMatch: "*")
        }
    }

    @Test func badRecordsAreRefusedNamingEachFieldAndLeaveNothingBehind() throws {
        let library = try Library()
        let author = library.session("zhang", .member)
        let bad = try JSONParser.parse(#"{"id": "2024-XH-0200", "kind": "case", "title": "", "year": 24}"#)
        do {
            _ = try author.create(bad)
            Issue.record("expected a refusal")
        } catch let error as ServiceError {
            #expect(error.description.contains("'title'") && error.description.contains("'year'"), "\(error)")
        }
        #expect(throws: ServiceError.conflict("编号 2023-XH-0001 已被占用")) { try author.create(try Self.newCase("2023-XH-0001")) }
        #expect(throws: ServiceError.self) { try author.create(try Self.newCase(status: "reviewed")) }
        let outcome = try JSONParser.parse(Fixtures.line(Fixtures.outcomeJSON(id: "O-9", caseID: "2099-NO-0001")))
        #expect(throws: ServiceError.badInput("'case'：案例 2099-NO-0001 不存在")) { try author.create(outcome) }
        let files = library.service.folder.recordFilePaths()
        #expect(files == ["cases/2023-XH-0001.md"])
        #expect(RecordHistory.ids(root: library.service.folder.root).isEmpty)
    }

    @Test func anOutcomeAddedByAMemberWaitsForApproval() throws {
        let library = try Library()
        let author = library.session("zhang", .member), other = library.session("li", .member)
        let reviewer = library.session("wang", .reviewer)
        let outcome = try JSONParser.parse(Fixtures.line(Fixtures.outcomeJSON(id: "O-2024-NEW", caseID: "2023-XH-0001", [
            "summary": "复议机关认为答复程序合法，金丝雀维持。",
        ])))
        _ = try author.create(outcome)
        #expect(try ids(other, "金丝雀维持").isEmpty)
        #expect(try other.record(id: "2023-XH-0001").history?.outcomes.isEmpty == true)
        _ = try author.review(id: "O-2024-NEW", .submit)
        _ = try reviewer.review(id: "O-2024-NEW", .approve(secrecyChecked: true))
        #expect(try ids(other, "金丝雀维持") == ["O-2024-NEW"])
        #expect(try other.record(id: "2023-XH-0001").history?.outcomes.map(\.id) == ["O-2024-NEW"])
    }

    @Test func severalWritersAtOnceLoseNothing() throws {
        let library = try Library()
        let errors = LockedList<String>()
        let service = library.service
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            do {
                let workspace = try LibraryWorkspace(library: service, refreshInterval: 0)
                let session = workspace.session(for: Viewer(name: "writer\(writer)", role: .member))
                for index in 0..<5 {
                    _ = try session.create(try Self.newCase(String(format: "2024-W%d-%04d", writer, index), title: "并发写入测试案"))
                }
            } catch {
                errors.append("\(error)")
            }
        }
        #expect(errors.items.isEmpty, "\(errors.items)")
        #expect(library.service.folder.recordFilePaths().count == 21)
        let reviewer = library.session("wang", .reviewer)
        #expect(try reviewer.search(SearchQuery(text: "并发写入", limit: 50, includeHidden: true)).total == 20)
    }
}
