import CaseLibrary
import CaseServer
import CaseServices
import Foundation
import TestSupport

/// The test library served as the office's shared service: a users file with one user per role
/// (and a disabled one), an audit log, a restricted case and a draft carrying a canary, and a
/// real server on 127.0.0.1.
final class SharedServiceFixture {
    static let canary = "金丝雀暗记"
    let library: TestLibrary
    let usersFile: URL
    let audit: AuditLog
    let server: HTTPServer
    private(set) var tokens: [String: String] = [:]
    /// Every request sent through ``send(_:_:token:body:headers:)``.
    private(set) var sent: [(method: String, path: String)] = []

    static let users: [(String, Role)] = [
        ("admin1", .admin), ("rev1", .reviewer), ("rev2", .reviewer), ("mem1", .member), ("mem2", .member),
        ("trn1", .trainer), ("exp1", .exporter), ("gone1", .member),
    ]

    init() throws {
        library = try TestLibrary(extra: [
            Fixtures.caseJSON(id: "2024-CN-0024", [
                "title": "受限：应聘者背景审查\(Self.canary)案", "year": 2024, "scope": "restricted",
                "request": "应聘者申请公开行政处罚决定书，\(Self.canary)。",
            ]),
            Fixtures.caseJSON(id: "2024-DR-0001", [
                "title": "草稿：\(Self.canary)处罚决定书案", "year": 2024, "review": ["status": "draft", "secrecy_checked": false],
            ]),
        ])
        try Data("office = 某市公安局\n".utf8).write(to: library.service.folder.root.appendingPathComponent("compilation.conf"))
        usersFile = library.directory.path("users.jsonl")
        audit = AuditLog(url: library.directory.path("audit/audit.jsonl"))
        var store = try UserStore.load(usersFile)
        for (name, role) in Self.users {
            try store.add(name: name, role: role, unit: "徐汇分局")
            tokens[name] = try store.issueToken(for: name)
        }
        try store.disable("gone1")
        try store.save()
        let configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0, workerCount: 2, maxConnections: 64,
                                                     headerReadTimeout: 2, idleTimeout: 5, writeTimeout: 2, lingerTimeout: 0.5)
        server = try CaseAPIServer.make(service: library.service, configuration: configuration, refreshInterval: 0.05,
                                        access: .init(usersFile: usersFile, audit: audit))
        try server.start()
    }

    deinit { server.shutDown() }

    /// Sends one request on a fresh connection.
    @discardableResult
    func send(_ method: String, _ path: String, token: String? = nil, body: String? = nil,
              headers: [String: String] = [:]) throws -> RawResponse {
        sent.append((method, path))
        var head = "\(method) \(path) HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body { head += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n" }
        let client = try RawClient(port: server.port, receiveTimeout: 10)
        return try client.exchange(head + "\r\n" + (body ?? ""))
    }

    /// Sends as user `name`.
    @discardableResult
    func send(as name: String, _ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) throws -> RawResponse {
        try send(method, path, token: tokens[name], body: body, headers: headers)
    }

    /// A new case as JSON, with `id`.
    static func newCase(_ id: String, status: String = "draft") -> String {
        Fixtures.line(Fixtures.caseJSON(id: id, ["title": "新增案例\(id)", "year": 2024, "review": ["status": status, "secrecy_checked": false]]))
    }
}
