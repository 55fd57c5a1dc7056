import CaseLibrary
import CaseServer
import CaseServices
import Foundation
import TestSupport
import Testing

/// The shared service against a real server on 127.0.0.1: every role × every endpoint, canaries,
/// the review flow over HTTP, and an audit line for every request.
@Suite("The shared service: roles, tokens, review and audit", .serialized)
struct SharedServiceTests {
    /// One endpoint: how to call it and the right it needs (nil: open to anyone).
    struct Endpoint {
        let method: String
        let path: String
        let body: String?
        let right: Right?
        /// Statuses a caller holding the right may get (the call itself may be refused on its merits).
        let allowed: Set<Int>
    }

    static let endpoints: [Endpoint] = [
        Endpoint(method: "GET", path: "/healthz", body: nil, right: nil, allowed: [200]),
        Endpoint(method: "GET", path: "/openapi.json", body: nil, right: nil, allowed: [200]),
        Endpoint(method: "GET", path: "/api/me", body: nil, right: .read, allowed: [200]),
        Endpoint(method: "GET", path: "/api/search?q=\(encoded("处罚决定书"))", body: nil, right: .read, allowed: [200]),
        Endpoint(method: "GET", path: "/api/records/2023-XH-0001", body: nil, right: .read, allowed: [200]),
        Endpoint(method: "GET", path: "/api/records/2023-XH-0001/similar", body: nil, right: .read, allowed: [200]),
        Endpoint(method: "POST", path: "/api/precedents", body: #"{"text": "申请公开对邻居的行政处罚决定书"}"#, right: .read, allowed: [200]),
        Endpoint(method: "GET", path: "/api/statutes/search?q=\(encoded("第三方意见"))", body: nil, right: .read, allowed: [200]),
        Endpoint(method: "GET", path: "/api/statutes/\(encoded("条例"))/\(encoded("第十五条"))/cases", body: nil, right: .read, allowed: [404]),
        Endpoint(method: "GET", path: "/metrics", body: nil, right: .read, allowed: [200]),
        Endpoint(method: "GET", path: "/api/compilations/2023?format=csv", body: nil, right: .export, allowed: [200]),
        Endpoint(method: "POST", path: "/api/courses?format=md", body: #"{"title": "培训", "sessions": [{"title": "一", "query": "处罚"}]}"#,
                 right: .buildCourses, allowed: [200]),
        Endpoint(method: "GET", path: "/api/work", body: nil, right: .submit, allowed: [200]),
        Endpoint(method: "POST", path: "/api/records", body: #"{"id": "x"}"#, right: .submit, allowed: [400]),
        Endpoint(method: "PUT", path: "/api/records/2023-XH-0001", body: SharedServiceFixture.newCase("2023-XH-0001"), right: .submit,
                 allowed: [403, 428]),
        Endpoint(method: "POST", path: "/api/records/2023-XH-0001/review", body: #"{"action": "approve", "secrecy_checked": true}"#,
                 right: .submit, allowed: [403, 422]),
        Endpoint(method: "DELETE", path: "/api/records/NO-SUCH-1", body: nil, right: .administer, allowed: [404]),
        Endpoint(method: "POST", path: "/api/records/check", body: SharedServiceFixture.newCase("2024-XH-0555"), right: .submit, allowed: [200]),
        // The test library ships no holiday calendar: the deadline is refused on its merits (404).
        Endpoint(method: "GET", path: "/api/deadline?received=2024-09-20", body: nil, right: .read, allowed: [200, 404]),
        Endpoint(method: "POST", path: "/api/precedents/report?format=md", body: #"{"text": "申请公开对邻居的行政处罚决定书"}"#, right: .read,
                 allowed: [200]),
        Endpoint(method: "GET", path: "/api/reports/2023?format=json", body: nil, right: .export, allowed: [200, 404, 422]),
    ]

    @Test func everyRoleGetsExactlyWhatItMayOnEveryEndpoint() throws {
        let fixture = try SharedServiceFixture()
        var matrix: [String] = []
        let callers: [(String, String?)] = [("(none)", nil), ("(bad)", String(repeating: "0", count: 64))]
            + SharedServiceFixture.users.map { ($0.0, fixture.tokens[$0.0]) }
        for endpoint in Self.endpoints {
            var row = "\(endpoint.method) \(endpoint.path.prefix(48))"
            for (name, token) in callers {
                let status = try fixture.send(endpoint.method, endpoint.path, token: token, body: endpoint.body).status
                row += " \(name)=\(status)"
                let role = SharedServiceFixture.users.first { $0.0 == name && name != "gone1" }?.1
                guard let right = endpoint.right else {
                    #expect(endpoint.allowed.contains(status), "\(endpoint.path) for \(name): \(status)")
                    continue
                }
                guard let role else {
                    #expect(status == 401, "\(endpoint.method) \(endpoint.path) without a valid token (\(name)): \(status)")
                    continue
                }
                if role.rights.contains(right) {
                    #expect(endpoint.allowed.contains(status), "\(endpoint.method) \(endpoint.path) as \(role): \(status)")
                } else {
                    #expect(status == 403, "\(endpoint.method) \(endpoint.path) as \(role) lacks \(right): \(status)")
                }
            }
            matrix.append(row)
        }
        print("role × endpoint matrix:\n" + matrix.joined(separator: "\n"))
        // A member may not approve (403); a reviewer may, but the case is not waiting for review (422).
        #expect(try fixture.send(as: "mem1", "POST", "/api/records/2023-XH-0001/review", body: #"{"action": "approve", "secrecy_checked": true}"#).status == 403)
        #expect(try fixture.send(as: "rev1", "POST", "/api/records/2023-XH-0001/review", body: #"{"action": "approve", "secrecy_checked": true}"#).status == 422)
    }

    @Test func hiddenRecordsNeverReachRolesThatMayNotSeeThem() throws {
        let fixture = try SharedServiceFixture()
        let paths = [
            "/api/search?q=\(encoded(SharedServiceFixture.canary))", "/api/search?q=\(encoded("处罚决定书"))&limit=100",
            "/api/search?q=", "/api/records/2024-CN-0024", "/api/records/2024-DR-0001", "/api/records/2024-CN-0024/similar",
            "/api/records/\(TestLibrary.training)", "/api/compilations/2024?format=md", "/api/compilations/2024?format=csv",
            "/api/work", "/api/search?q=\(encoded("处罚"))&all=1",
        ]
        for name in ["mem1", "trn1", "exp1"] {
            for path in paths {
                let response = try fixture.send(as: name, "GET", path)
                #expect(!response.text.contains(SharedServiceFixture.canary), "\(name) \(path) leaked: \(response.text.prefix(200))")
                if !path.contains("2024-CN-0024"), !path.contains("2024-DR-0001") {
                    #expect(!response.text.contains("2024-CN-0024") && !response.text.contains("2024-DR-0001"), "\(name) \(path)")
                } else {
                    // Asked for by id: the same answer as for an id that does not exist.
                    let unknown = try fixture.send(as: name, "GET", path.replacingOccurrences(of: "2024-CN-0024", with: "2024-NO-0000")
                        .replacingOccurrences(of: "2024-DR-0001", with: "2024-NO-0000"))
                    #expect(response.status == unknown.status, "\(name) \(path)")
                    #expect(response.text.replacingOccurrences(of: "2024-CN-0024", with: "2024-NO-0000")
                        .replacingOccurrences(of: "2024-DR-0001", with: "2024-NO-0000") == unknown.text, "\(name) \(path)")
                }
            }
            let precedents = try fixture.send(as: name, "POST", "/api/precedents", body: #"{"text": "应聘者申请公开行政处罚决定书"}"#)
            #expect(!precedents.text.contains(SharedServiceFixture.canary))
        }
        let reviewer = try fixture.send(as: "rev1", "GET", "/api/search?q=\(encoded(SharedServiceFixture.canary))&all=1")
        #expect(reviewer.text.contains("2024-CN-0024") && reviewer.text.contains("2024-DR-0001"))
    }

    @Test func aMembersNewCaseReachesOtherMembersOnlyThroughAReviewersApproval() throws {
        let fixture = try SharedServiceFixture()
        let created = try fixture.send(as: "mem1", "POST", "/api/records", body: SharedServiceFixture.newCase("2024-XH-0777"))
        #expect(created.status == 201, "\(created.text)")
        let etag = try #require(created.header("ETag"))
        #expect(created.header("Location") == "/api/records/2024-XH-0777")
        #expect(try fixture.send(as: "mem2", "GET", "/api/records/2024-XH-0777").status == 404)
        #expect(try fixture.send(as: "mem1", "GET", "/api/records/2024-XH-0777").status == 200, "the author sees the draft")
        // Stale and missing versions.
        #expect(try fixture.send(as: "mem1", "PUT", "/api/records/2024-XH-0777", body: SharedServiceFixture.newCase("2024-XH-0777")).status == 428)
        let updated = try fixture.send(as: "mem1", "PUT", "/api/records/2024-XH-0777", body: SharedServiceFixture.newCase("2024-XH-0777"),
                                       headers: ["If-Match": etag])
        #expect(updated.status == 200, "\(updated.text)")
        #expect(try fixture.send(as: "mem1", "PUT", "/api/records/2024-XH-0777", body: SharedServiceFixture.newCase("2024-XH-0777"),
                                 headers: ["If-Match": etag]).status == 412)
        #expect(try fixture.send(as: "mem2", "PUT", "/api/records/2024-XH-0777", body: SharedServiceFixture.newCase("2024-XH-0777"),
                                 headers: ["If-Match": "*"]).status == 404, "another member cannot even see it")
        #expect(try fixture.send(as: "mem1", "POST", "/api/records/2024-XH-0777/review", body: #"{"action": "submit"}"#).status == 200)
        let queue = try fixture.send(as: "rev1", "GET", "/api/work")
        #expect(queue.text.contains("2024-XH-0777"))
        #expect(try fixture.send(as: "rev1", "POST", "/api/records/2024-XH-0777/review", body: #"{"action": "approve"}"#).status == 400)
        let approved = try fixture.send(as: "rev1", "POST", "/api/records/2024-XH-0777/review", body: #"{"action": "approve", "secrecy_checked": true}"#)
        #expect(approved.status == 200, "\(approved.text)")
        var seen = false
        for _ in 0..<40 where !seen {
            seen = try fixture.send(as: "mem2", "GET", "/api/records/2024-XH-0777").status == 200
            if !seen { usleep(100_000) }
        }
        #expect(seen, "approved: every member reads it")

        // Self-approval is refused.
        #expect(try fixture.send(as: "rev2", "POST", "/api/records", body: SharedServiceFixture.newCase("2024-XH-0888", status: "submitted")).status == 201)
        let own = try fixture.send(as: "rev2", "POST", "/api/records/2024-XH-0888/review", body: #"{"action": "approve", "secrecy_checked": true}"#)
        #expect(own.status == 403 && own.text.contains("不能审核自己"), "\(own.text)")
        #expect(try fixture.send(as: "rev1", "POST", "/api/records/2024-XH-0888/review", body: #"{"action": "reject"}"#).status == 400)
    }

    @Test func everyRequestThatReadsOrWritesHasAnAuditLine() throws {
        let fixture = try SharedServiceFixture()
        try fixture.send(as: "mem1", "GET", "/api/search?q=\(encoded("处罚决定书"))")
        try fixture.send(as: "mem1", "GET", "/api/records/2023-XH-0001")
        try fixture.send("GET", "/api/records/2023-XH-0001")
        try fixture.send(as: "exp1", "POST", "/api/courses", body: "{}")
        try fixture.send(as: "mem2", "POST", "/api/records", body: SharedServiceFixture.newCase("2024-XH-0999"))
        try fixture.send("GET", "/healthz")
        let audited = fixture.sent.filter { $0.path.hasPrefix("/api/") }
        let lines = fixture.audit.lines()
        #expect(lines.count == audited.count, "\(lines)")
        let entries = lines.compactMap { try? JSONParser.parse($0) }
        #expect(entries.map { $0["user"]?.stringValue } == ["mem1", "mem1", "-", "exp1", "mem2"])
        #expect(entries[0]["query"]?.stringValue == "处罚决定书")
        #expect(entries[1]["records"] == .array([.string("2023-XH-0001"), .string("O-2023-002"), .string("O-2023-001")])
                || entries[1]["records"]?.arrayCount ?? 0 >= 1)
        #expect(entries[2]["status"]?.intValue == 401)
        #expect(entries[4]["status"]?.intValue == 201 && entries[4]["records"] == .array([.string("2024-XH-0999")]))
    }

    @Test func theAuditLogRotatesWithoutLosingALine() throws {
        let directory = TemporaryDirectory("audit")
        let log = AuditLog(url: directory.path("audit.jsonl"), maxBytes: 2048)
        for index in 0..<200 {
            try log.append(AuditLog.Entry(time: "2026-12-06T00:00:00Z", user: "u\(index)", role: "member", method: "GET",
                                          route: "search", records: [], query: "第\(index)次", count: 0, status: 200))
        }
        let users = log.lines().compactMap { try? JSONParser.parse($0)["user"]?.stringValue }
        #expect(FileManager.default.fileExists(atPath: log.rotated(1).path))
        // The newest 9 rotated files plus the current one: every line of those is whole and in order.
        #expect(users == Array(users.sorted { Int($0.dropFirst()) ?? 0 < Int($1.dropFirst()) ?? 0 }))
        #expect(users.last == "u199")
    }

    @Test func aServerOnAnotherAddressRefusesToStartWithoutUsers() throws {
        let library = try TestLibrary()
        let configuration = HTTPServer.Configuration(host: "0.0.0.0", port: 0, workerCount: 1)
        do {
            _ = try CaseAPIServer.make(service: library.service, configuration: configuration,
                                       access: .init(usersFile: library.directory.path("none.jsonl")))
            Issue.record("expected a refusal")
        } catch let error as ServiceError {
            #expect(error.description.contains("caselib users add"), "\(error)")
        }
        var store = try UserStore.load(library.directory.path("some.jsonl"))
        try store.add(name: "admin1", role: .admin, unit: "市局")
        try store.save()
        _ = try CaseAPIServer.make(service: library.service, configuration: configuration,
                                   access: .init(usersFile: library.directory.path("some.jsonl")))
    }
}

extension JSONValue {
    fileprivate var arrayCount: Int? {
        if case let .array(items) = self { return items.count }
        return nil
    }
}
