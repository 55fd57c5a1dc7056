import CaseServer
import Foundation
import Testing

@Suite("HTTPServer: limits and timeouts")
struct HTTPServerLimitTests {
    @Test func headersOver16KiBGet431() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let filler = String(repeating: "a", count: 1000)
        let headers = (0..<17).map { "X-Filler-\($0): \(filler)\r\n" }.joined()
        let response = try client.exchange(get("/echo", extraHeaders: headers))
        #expect(response.status == 431)
        #expect(response.header("Connection") == "close")
        #expect(client.isClosedByServer())
    }

    @Test func bodyOverOneMiBAnnouncedByContentLengthGets413() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let response = try client.exchange(
            "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(1024 * 1024 + 1)\r\n\r\n")
        #expect(response.status == 413)
        #expect(client.isClosedByServer())
    }

    @Test func bodyOfExactlyOneMiBIsAccepted() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(1024 * 1024)\r\n\r\n")
        try client.send([UInt8](repeating: 65, count: 1024 * 1024))
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.body.count == 1024 * 1024)
    }

    @Test func chunkedRequestBodiesGet411() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let response = try client.exchange(
            "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        #expect(response.status == 411)
        #expect(client.isClosedByServer())
    }

    @Test func slowHeaderClientIsDroppedWith408WhileOthersAreServed() throws {
        let server = try startTestServer { $0.headerReadTimeout = 0.4; $0.workerCount = 1 }
        defer { server.shutDown() }
        let slow = try RawClient(port: server.port)
        let fast = try RawClient(port: server.port)
        let started = Date()
        var dropped = false
        for byte in Array(get("/echo").utf8).prefix(40) {
            do {
                try slow.send([byte])
            } catch {
                dropped = true
                break
            }
            // The single worker is never held by the slow client: others are served meanwhile.
            #expect(try fast.exchange(get("/echo?fast=1")).status == 200)
            usleep(30_000)
            if Date().timeIntervalSince(started) > 0.8 { break }
        }
        let response = try slow.readResponse()
        #expect(response.status == 408)
        #expect(slow.isClosedByServer())
        #expect(Date().timeIntervalSince(started) < 2)
        _ = dropped
    }

    @Test func idleKeepAliveConnectionIsClosed() throws {
        let server = try startTestServer { $0.idleTimeout = 0.3 }
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        #expect(try client.exchange(get("/echo")).status == 200)
        let started = Date()
        #expect(client.isClosedByServer())
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed > 0.2 && elapsed < 1.5, "closed after \(elapsed) s")
    }

    @Test func connectionsOverTheCapGet503() throws {
        let server = try startTestServer { $0.maxConnections = 2 }
        defer { server.shutDown() }
        let first = try RawClient(port: server.port)
        let second = try RawClient(port: server.port)
        #expect(try first.exchange(get("/echo")).status == 200)
        #expect(try second.exchange(get("/echo")).status == 200)
        let third = try RawClient(port: server.port)
        let response = try third.exchange(get("/echo"))
        #expect(response.status == 503)
        #expect(third.isClosedByServer())
        // The others are still served; once one leaves, a newcomer is admitted.
        #expect(try first.exchange(get("/echo", extraHeaders: "Connection: close\r\n")).status == 200)
        #expect(first.isClosedByServer())
        usleep(100_000)
        let fourth = try RawClient(port: server.port)
        #expect(try fourth.exchange(get("/echo")).status == 200)
    }
}

@Suite("HTTPServer: quiet clients and signals")
struct HTTPServerQuietClientTests {
    @Test func connectionThatNeverSendsIsClosedAfterTheHeaderTimeout() throws {
        let server = try startTestServer { $0.headerReadTimeout = 0.3 }
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        let started = Date()
        #expect(client.isClosedByServer())
        #expect(Date().timeIntervalSince(started) < 1.5)
    }

    @Test func expectContinueGetsAnInterimResponse() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        try client.send("ok")
        #expect(try client.readResponse().text == "ok")
    }

    @Test func installedSignalHandlerStopsTheServerGracefully() throws {
        let server = try startTestServer()
        server.installSignalHandlers([SIGUSR2])
        let client = try RawClient(port: server.port)
        #expect(try client.exchange(get("/echo")).status == 200)
        kill(getpid(), SIGUSR2)
        #expect(client.isClosedByServer())
        server.waitUntilStopped()
    }
}
