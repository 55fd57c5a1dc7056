import CaseIndex
import CaseLibrary
import CaseServer
import CaseServices
import Foundation
import TestSupport

/// A failure setting up a test library.
struct TestLibraryError: Error, CustomStringConvertible {
    let description: String
}

/// A small real library in a temporary folder, indexed: a case corrected on reconsideration
/// after an earlier upheld ruling, a similar case, an unrelated case, a hidden draft, a training record.
final class TestLibrary {
    static let correctedCase = "2023-XH-0001"
    static let similarCase = "2022-PD-0007"
    static let otherCase = "2021-HP-0003"
    static let draftCase = "2023-XH-0009"
    static let training = "T-2023-01"
    static let laterOutcome = "O-2023-001"
    static let earlierOutcome = "O-2023-002"

    let directory = TemporaryDirectory("caseserver-test")
    let service: CaseLibraryService

    /// Creates and indexes the library; `extra` records are written too.
    init(extra: [[String: Any]] = []) throws {
        service = CaseLibraryService(casesRoot: directory.path("Cases"), indexRoot: directory.path("Index"))
        let records: [[String: Any]] = [
            Fixtures.caseJSON(id: Self.correctedCase),
            Fixtures.caseJSON(id: Self.similarCase, [
                "title": "申请公开对邻居的治安行政处罚决定书案", "year": 2022, "unit": "浦东分局",
                "request": "申请人李某申请公开派出所对其邻居作出的行政处罚决定书，用于民事诉讼。",
            ]),
            Fixtures.caseJSON(id: Self.otherCase, [
                "title": "申请公开祖父1956年户籍底册案", "year": 2021, "category": "历史信息类", "unit": "黄浦分局",
                "request": "申请人申请公开其祖父在1956年户籍底册中的登记内容。", "response": "部分公开", "response_detail": nil,
                "analysis": "历史户籍档案应当区分处理。", "legal_basis": ["《政府信息公开条例》第三十七条"],
            ]),
            Fixtures.caseJSON(id: Self.draftCase, [
                "title": "草稿：申请公开对第三人的行政处罚决定书案",
                "review": ["status": "draft", "secrecy_checked": false],
            ]),
            Fixtures.outcomeJSON(id: Self.laterOutcome, caseID: Self.correctedCase, [
                "stage": "一审", "body": "徐汇区人民法院", "date": "2023-09-01", "result": "撤销",
                "summary": "被告未征求第三方意见即作出答复，程序违法，予以撤销。",
            ]),
            Fixtures.outcomeJSON(id: Self.earlierOutcome, caseID: Self.correctedCase, ["date": "2023-05-01"]),
            Fixtures.trainingJSON(id: Self.training, ["cases": [Self.correctedCase, Self.draftCase]]),
        ] + extra
        for object in records { try write(object) }
        try reindex()
    }

    /// Writes one record into `Cases/` (not yet indexed).
    func write(_ object: [String: Any]) throws {
        guard let record = Fixtures.record(object) else {
            throw TestLibraryError(description: "invalid fixture: \(Fixtures.problems(object))")
        }
        try service.folder.write(record)
    }

    /// Brings the index up to date with `Cases/`.
    func reindex() throws {
        let run = try service.updateIndex()
        guard run.problems.isEmpty else { throw TestLibraryError(description: "index problems: \(run.problems)") }
    }

    /// A router over a fresh reader of this library (refreshing before every request), holding the library.
    /// `reviewerAccess` lets `all=1` show hidden records (as `caselib serve --reviewer-access`).
    func router(metrics: Metrics? = nil, reviewerAccess: Bool = true) throws -> TestRouter {
        let workspace = try LibraryWorkspace(library: service, refreshInterval: 0)
        let access = AccessControl(mode: .singleUser(reviewerAccess ? .reviewer : .member))
        return TestRouter(library: self, handler: CaseAPI.makeHandler(workspace: workspace, access: access, metrics: metrics))
    }

    /// A started server over this library on 127.0.0.1 and an ephemeral port.
    func startServer(refreshInterval: Double = 0.1) throws -> HTTPServer {
        let configuration = HTTPServer.Configuration(
            host: "127.0.0.1", port: 0, workerCount: 2, maxConnections: 64,
            headerReadTimeout: 2, idleTimeout: 5, writeTimeout: 2, lingerTimeout: 0.5)
        let server = try CaseAPIServer.make(
            service: service, configuration: configuration, refreshInterval: refreshInterval,
            access: .init(usersFile: directory.path("no-users.jsonl"), reviewerAccess: true))
        try server.start()
        return server
    }
}

/// A response from the router in-process, with its body parsed as JSON when it is JSON.
struct APIResponse {
    let status: Int
    let response: HTTPResponse
    let json: [String: Any]

    /// The error code of an error response.
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    /// The error message of an error response.
    var errorMessage: String { (json["error"] as? [String: Any])?["message"] as? String ?? "" }
    /// The body as text.
    var text: String { String(decoding: response.body, as: UTF8.self) }
}

/// A router in-process together with the library it reads (which must outlive it).
struct TestRouter {
    let library: TestLibrary
    let handler: CaseAPIHandler
    var router: Router { handler.router }

    /// The router's routes.
    var routes: [Router.Route] { router.routes }

    /// Sends `GET target` (or another method) through the router and parses the JSON body.
    func call(_ target: String, method: String = "GET") throws -> APIResponse {
        try withExtendedLifetime(library) {
            let response = handler.respond(to: try HTTPRequest(method: method, target: target))
            let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
            return APIResponse(status: response.status, response: response, json: object ?? [:])
        }
    }
}

extension Router {
    /// Sends `GET target` (or another method) through the router and parses the JSON body.
    func call(_ target: String, method: String = "GET") throws -> APIResponse {
        let response = respond(to: try HTTPRequest(method: method, target: target))
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        return APIResponse(status: response.status, response: response, json: object ?? [:])
    }
}

/// Percent-encodes a query value (everything but unreserved characters).
func encoded(_ value: String) -> String {
    let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
}
