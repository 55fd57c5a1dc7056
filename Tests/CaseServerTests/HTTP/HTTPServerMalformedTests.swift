import CaseServer
import Foundation
import TestSupport
import Testing

/// A malformed request and the status the server must answer it with.
struct MalformedCase: CustomTestStringConvertible, Sendable {
    let label: String
    let bytes: [UInt8]
    let status: Int
    var testDescription: String { label }

    init(_ label: String, _ text: String, _ status: Int = 400) {
        self.label = label
        self.bytes = Array(text.utf8)
        self.status = status
    }

    init(_ label: String, bytes: [UInt8], _ status: Int = 400) {
        self.label = label
        self.bytes = bytes
        self.status = status
    }

    static let all: [MalformedCase] = [
        MalformedCase("garbage bytes", bytes: [0x16, 0x03, 0x01, 0x00, 0xA5, 0x01, 0x00, 0x00, 0xA1, 0x03, 0x03, 13, 10, 13, 10]),
        MalformedCase("missing version", "GET /echo\r\nHost: t\r\n\r\n"),
        MalformedCase("bad method characters", "G(T /echo HTTP/1.1\r\nHost: t\r\n\r\n"),
        MalformedCase("double space in request line", "GET  /echo HTTP/1.1\r\nHost: t\r\n\r\n"),
        MalformedCase("absolute-form target", "GET http://t/echo HTTP/1.1\r\nHost: t\r\n\r\n"),
        MalformedCase("lowercase version", "GET /echo http/1.1\r\nHost: t\r\n\r\n"),
        MalformedCase("unsupported version", "GET /echo HTTP/2.0\r\nHost: t\r\n\r\n", 505),
        MalformedCase("bare LF line endings", "GET /echo HTTP/1.1\nHost: t\n\n"),
        MalformedCase("bare CR inside a header", "GET /echo HTTP/1.1\r\nHost: t\rX: y\r\n\r\n"),
        MalformedCase("obs-fold", "GET /echo HTTP/1.1\r\nHost: t\r\nX-A: one\r\n two\r\n\r\n"),
        MalformedCase("space before colon", "GET /echo HTTP/1.1\r\nHost : t\r\n\r\n"),
        MalformedCase("header without colon", "GET /echo HTTP/1.1\r\nHost: t\r\nNoColon\r\n\r\n"),
        MalformedCase("invalid header name", "GET /echo HTTP/1.1\r\nHost: t\r\nBad(Name): x\r\n\r\n"),
        MalformedCase("control character in value", bytes: Array("GET /echo HTTP/1.1\r\nHost: t\r\nX: a".utf8) + [0x01] + Array("b\r\n\r\n".utf8)),
        MalformedCase("missing Host in HTTP/1.1", "GET /echo HTTP/1.1\r\n\r\n"),
        MalformedCase("two Host headers", "GET /echo HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
        MalformedCase("negative Content-Length", "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: -1\r\n\r\n"),
        MalformedCase("non-numeric Content-Length", "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1e3\r\n\r\n"),
        MalformedCase("overflowing Content-Length", "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 99999999999999999999999999\r\n\r\n", 413),
        MalformedCase("conflicting Content-Length", "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"),
        MalformedCase("conflicting Content-Length list", "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3, 4\r\n\r\nabcd"),
        MalformedCase("invalid UTF-8 in path", "GET /items/%FF HTTP/1.1\r\nHost: t\r\n\r\n"),
        MalformedCase("invalid escape in path", "GET /items/%G1 HTTP/1.1\r\nHost: t\r\n\r\n"),
    ]
}

@Suite("HTTPServer: malformed requests")
struct HTTPServerMalformedTests {
    @Test(arguments: MalformedCase.all)
    func malformedRequestGetsAnErrorAndTheConnectionCloses(_ malformed: MalformedCase) throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        try client.send(malformed.bytes)
        let response = try client.readResponse()
        #expect(response.status == malformed.status)
        #expect(response.header("Connection") == "close")
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        #expect(response.text.hasPrefix(#"{"error":{"code":"#))
        #expect(client.isClosedByServer())
    }

    @Test func identicalDuplicateContentLengthsAreAccepted() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let response = try client.exchange(
            "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\ncontent-length: 3\r\n\r\nabc")
        #expect(response.status == 200)
        #expect(response.text == "abc")
    }

    @Test func emptyLinesBeforeTheRequestLineAreIgnored() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        #expect(try client.exchange("\r\n\r\n" + get("/echo")).status == 200)
    }

    @Test func clientThatConnectsAndLeavesDoesNotDisturbTheServer() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        do {
            let leaver = try RawClient(port: server.port)
            try leaver.send("GET /echo HTTP/1.1\r\nHo")
        }
        do {
            let resetter = try RawClient(port: server.port)
            var linger = linger(l_onoff: 1, l_linger: 0)
            setsockopt(resetter.fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
            try resetter.send(get("/sleep?ms=100"))
        }
        usleep(200_000)
        let client = try RawClient(port: server.port)
        #expect(try client.exchange(get("/echo")).status == 200)
    }

    @Test func garbageFromManyClientsLeavesTheServerServing() throws {
        let server = try startTestServer { $0.headerReadTimeout = 0.3 }
        defer { server.shutDown() }
        var random = SeededGenerator(seed: 7)
        var clients: [RawClient] = []
        for _ in 0..<20 {
            let client = try RawClient(port: server.port, receiveTimeout: 1)
            let count = Int.random(in: 1...20_000, using: &random)
            let garbage = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            try? client.send(Array("GET /echo HTTP/1.1\r\n".utf8) + garbage)
            clients.append(client)
        }
        for client in clients.prefix(10) { _ = try? client.readResponse() }
        clients.removeAll()
        let client = try RawClient(port: server.port)
        #expect(try client.exchange(get("/echo")).status == 200)
    }
}
