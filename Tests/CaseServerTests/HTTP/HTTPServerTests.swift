import CaseServer
import Foundation
import Testing

@Suite("HTTPServer: connections and responses")
struct HTTPServerTests {
    @Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        for index in 0..<5 {
            let response = try client.exchange(get("/echo?n=\(index)"))
            #expect(response.status == 200)
            #expect(response.text == "GET /echo n=\(index)")
            #expect(response.header("Connection") == "keep-alive")
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let server = try startTestServer { $0.workerCount = 4 }
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        try client.send(get("/sleep?ms=150") + get("/echo?n=1") + get("/sleep?ms=10") + get("/echo?n=2"))
        #expect(try client.readResponse().text == "slept 150")
        #expect(try client.readResponse().text == "GET /echo n=1")
        #expect(try client.readResponse().text == "slept 10")
        #expect(try client.readResponse().text == "GET /echo n=2")
    }

    @Test func headGetsTheHeadersOfGetWithoutABody() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let getResponse = try client.exchange(get("/items/42"))
        let headResponse = try client.exchange("HEAD /items/42 HTTP/1.1\r\nHost: t\r\n\r\n", head: true)
        #expect(headResponse.status == 200)
        #expect(headResponse.header("Content-Length") == String(getResponse.body.count))
        #expect(headResponse.header("Content-Type") == "text/plain; charset=utf-8")
        // No body bytes were sent: the next response starts right away.
        let next = try client.exchange(get("/echo?after=head"))
        #expect(next.text == "GET /echo after=head")
    }

    @Test func connectionCloseIsHonoured() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let response = try client.exchange(get("/echo", extraHeaders: "Connection: close\r\n"))
        #expect(response.status == 200)
        #expect(response.header("Connection") == "close")
        #expect(client.isClosedByServer())
    }

    @Test func http10ClosesUnlessKeepAliveIsAsked() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let keeper = try RawClient(port: server.port)
        let kept = try keeper.exchange("GET /echo HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(kept.header("Connection") == "keep-alive")
        #expect(try keeper.exchange("GET /echo HTTP/1.0\r\n\r\n").header("Connection") == "close")
        #expect(keeper.isClosedByServer())
    }

    @Test func responsesCarryDateServerTypeAndLength() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let response = try client.exchange(get("/items/a%20b"))
        #expect(response.text == "item a b")
        #expect(response.header("Server") == "caselib")
        #expect(response.header("Content-Length") == String(response.body.count))
        #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
        let date = try #require(response.header("Date"))
        let pattern = #"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$"#
        #expect(date.range(of: pattern, options: .regularExpression) != nil, "Date: \(date)")
    }

    @Test func postBodyIsDelivered() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let body = String(repeating: "x", count: 100_000)
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.utf8.count)\r\n\r\n")
        try client.send(body)
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.body.count == 100_000)
    }

    @Test func unknownPathIs404AndWrongMethodIs405WithAllow() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let missing = try client.exchange(get("/nowhere"))
        #expect(missing.status == 404)
        #expect(missing.text.contains("\"code\":\"not_found\""))
        let wrong = try client.exchange("DELETE /echo HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(wrong.status == 405)
        #expect(wrong.header("Allow") == "GET, HEAD, POST")
    }

    @Test func throwingHandlersGive500GenericOrTheirOwnStatus() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let failure = try client.exchange(get("/fail"))
        #expect(failure.status == 500)
        #expect(failure.header("Content-Type") == "application/json; charset=utf-8")
        #expect(failure.text == #"{"error":{"code":"internal_error","message":"服务器内部错误"}}"#)
        let teapot = try client.exchange(get("/teapot"))
        #expect(teapot.status == 418)
        #expect(teapot.text.contains("I am a teapot"))
    }

    @Test(arguments: [("/echo?q=%ZZ", "q"), ("/echo?ok=1&name=%FF%FE", "name"), ("/echo?a=1&b=%E4%", "b")])
    func invalidQueryEncodingGives400NamingTheParameter(target: String, parameter: String) throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let response = try client.exchange(get(target))
        #expect(response.status == 400)
        #expect(response.text.contains("invalid_query_parameter"))
        #expect(response.text.contains("'\(parameter)'"))
    }

    @Test func metricsRecordRoutesAndTransportErrors() throws {
        let metrics = Metrics()
        let server = try startTestServer(metrics: metrics)
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        _ = try client.exchange(get("/echo"))
        _ = try client.exchange(get("/nowhere"))
        let bad = try RawClient(port: server.port)
        _ = try bad.exchange("NONSENSE\r\n\r\n")
        #expect(metrics.requestCount(route: "echo", status: 200) == 1)
        #expect(metrics.requestCount(route: Router.unmatchedRouteName, status: 404) == 1)
        #expect(metrics.requestCount(route: "(transport)", status: 400) == 1)
        #expect(metrics.render().contains("caselib_http_open_connections"))
    }
}
