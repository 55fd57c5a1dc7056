import CaseLibrary
import CaseServices
import Foundation
import TestSupport

/// Two real libraries in temporary folders, indexed: `visibleOnly` holds the records every member
/// may see; `withHidden` holds the same plus hidden ones — a draft dated 2031, a restricted case,
/// the correction of the restricted case — each carrying the canary 金丝雀暗记. Both ship the OGI Regulations from the repo's `Cases/statutes/`, so the
/// visibility tests run on every clone, with or without `../shared`.
final class VisibilityFixture {
    static let canary = "金丝雀暗记"
    static let hiddenIDs = ["2031-XH-0001", "2024-CN-0024", "O-HIDDEN-1"]

    let directory = TemporaryDirectory("visibility")
    let visibleOnly: CaseLibraryService
    let withHidden: CaseLibraryService

    init() throws {
        visibleOnly = try Self.make(directory.path("A"), records: Self.visible)
        withHidden = try Self.make(directory.path("B"), records: Self.visible + Self.hidden)
    }

    /// Sessions of `viewer` (a role that may not see hidden records) over each library.
    func sessions(_ viewer: Viewer) throws -> (visibleOnly: LibrarySession, withHidden: LibrarySession) {
        (try LibrarySession(library: visibleOnly, viewer: viewer, refreshInterval: 0),
         try LibrarySession(library: withHidden, viewer: viewer, refreshInterval: 0))
    }

    /// A member's session over each library.
    func memberSessions() throws -> (visibleOnly: LibrarySession, withHidden: LibrarySession) {
        (try LibrarySession(library: visibleOnly, viewer: .member, refreshInterval: 0),
         try LibrarySession(library: withHidden, viewer: .member, refreshInterval: 0))
    }

    static var visible: [[String: Any]] { [
        Fixtures.caseJSON(id: "2022-HP-0001", [
            "title": "申请查阅祖父户籍档案案", "year": 2022, "category": "历史信息类", "unit": "黄浦分局",
            "request": "申请人张某申请查阅其祖父1956年的户籍档案和户口底册。", "response": "部分公开", "response_detail": nil,
            "analysis": "历史户籍档案应当区分处理，依照第十五条征求第三方意见。", "legal_basis": ["《政府信息公开条例》第十五条"],
        ]),
        Fixtures.caseJSON(id: "2023-XH-0002", ["title": "申请公开邻居的行政处罚决定书案"]),
        Fixtures.outcomeJSON(id: "O-VISIBLE-1", caseID: "2023-XH-0002"),
        Fixtures.trainingJSON(id: "T-VISIBLE-1", ["cases": ["2022-HP-0001"]]),
    ] }

    static var hidden: [[String: Any]] { [
        Fixtures.caseJSON(id: "2031-XH-0001", [
            "title": "草稿：申请查阅户籍档案\(canary)案", "year": 2031, "received": "2031-03-01", "answered": "2031-03-20",
            "category": "历史信息类", "request": "申请人查阅户籍档案与户口底册，\(canary)。",
            "review": ["status": "draft", "secrecy_checked": false],
        ]),
        Fixtures.caseJSON(id: "2024-CN-0024", [
            "title": "受限：应聘者背景审查材料\(canary)案", "year": 2024, "scope": "restricted",
            "request": "应聘者申请公开行政处罚决定书与户籍档案，\(canary)。",
            "legal_basis": ["《政府信息公开条例》第十五条"],
        ]),
        Fixtures.outcomeJSON(id: "O-HIDDEN-1", caseID: "2024-CN-0024", ["result": "撤销", "summary": "复议机关撤销答复，\(canary)。"]),
        // The same training record listing the draft too: a member never learns that it exists.
        Fixtures.trainingJSON(id: "T-VISIBLE-1", ["cases": ["2022-HP-0001", "2031-XH-0001"]]),
    ] }

    private static func make(_ root: URL, records: [[String: Any]]) throws -> CaseLibraryService {
        let service = CaseLibraryService(casesRoot: root.appendingPathComponent("Cases"), indexRoot: root.appendingPathComponent("Index"))
        for object in records {
            guard let record = Fixtures.record(object) else { throw FixtureError("invalid fixture: \(Fixtures.problems(object))") }
            try service.folder.write(record)
        }
        let statutes = service.folder.root.appendingPathComponent("statutes")
        try FileManager.default.createDirectory(at: statutes, withIntermediateDirectories: true)
        let regulations = "中华人民共和国政府信息公开条例(2019-05-15).md"
        try FileManager.default.copyItem(at: ProjectPaths.root.appendingPathComponent("Cases/statutes/\(regulations)"),
                                         to: statutes.appendingPathComponent(regulations))
        try Data("office = 某市公安局\n".utf8).write(to: service.folder.root.appendingPathComponent("compilation.conf"))
        let run = try service.updateIndex()
        guard run.problems.isEmpty else { throw FixtureError("index problems: \(run.problems)") }
        return service
    }

    struct FixtureError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
