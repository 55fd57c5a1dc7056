import CaseServer
import Foundation
import Testing
import TestSupport

@Suite("API over a real socket")
struct ServerEndToEndTests {
    @Test func searchOverHTTPWithKeepAlive() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let first = try client.exchange(get("/api/search?q=\(encoded("户籍底册"))"))
        #expect(first.status == 200)
        #expect(first.header("Content-Type") == HTTPResponse.jsonContentType)
        #expect(first.text.contains(TestLibrary.otherCase))
        #expect(first.header("Connection")?.lowercased() != "close")
        let second = try client.exchange(get("/api/records/\(TestLibrary.correctedCase)"))
        #expect(second.status == 200)
        #expect(second.text.contains("\"status\": \"corrected\""))
    }

    @Test(arguments: ["q=%ZZ", "q=%E6%88", "q=%FF%FE", "q=abc%"])
    func undecodableQueryIsAnswered400(query: String) throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let response = try client.exchange(get("/api/search?\(query)"))
        #expect(response.status == 400)
        #expect(response.text.contains("\"error\""))
        #expect(response.text.contains("'q'"))
    }

    @Test func headAnswersHeadersWithoutABody() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let head = try client.exchange("HEAD /api/search?q=x HTTP/1.1\r\nHost: t\r\n\r\n", head: true)
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(Int(head.header("Content-Length") ?? "0") ?? 0 > 0)
        let after = try client.exchange(get("/healthz"))  // nothing stray was left on the connection
        #expect(after.status == 200)
    }

    @Test func reindexIsSeenWithoutRestart() throws {
        let library = try TestLibrary()
        let server = try library.startServer(refreshInterval: 0.1)
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let query = "/api/search?q=\(encoded("摩托车驾驶证"))"
        #expect(try client.exchange(get(query)).text.contains("\"total\": 0"))
        try library.write(Fixtures.caseJSONForReindex)
        try library.reindex()
        var seen = false
        for _ in 0..<40 where !seen {
            usleep(100_000)
            seen = try client.exchange(get(query)).text.contains("2024-JA-0100")
        }
        #expect(seen)
        let health = try client.exchange(get("/healthz"))
        #expect(health.text.contains("\"documents\": 7"), "one more visible document than the six before")
    }

    @Test func fullRebuildIsSeenWithoutRestart() throws {
        let library = try TestLibrary()
        let server = try library.startServer(refreshInterval: 0.1)
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let before = library.service.location.currentGeneration()
        try library.write(Fixtures.caseJSONForReindex)
        _ = try library.service.updateIndex(rebuild: true)
        #expect(library.service.location.currentGeneration() != before)
        var seen = false
        for _ in 0..<40 where !seen {
            usleep(100_000)
            seen = try client.exchange(get("/api/records/2024-JA-0100")).status == 200
        }
        #expect(seen)
        #expect(try client.exchange(get("/api/search?q=\(encoded("户籍底册"))")).text.contains(TestLibrary.otherCase))
    }
}

extension Fixtures {
    /// A case added after the server started, for the reindex test.
    static var caseJSONForReindex: [String: Any] { Fixtures.caseJSON(id: "2024-JA-0100", [
        "title": "申请公开摩托车驾驶证考试记录案", "year": 2024, "category": "交通管理类",
        "request": "申请人申请公开其本人摩托车驾驶证考试的成绩记录。", "response": "予以公开", "response_detail": nil,
    ]) }
}
