import CaseServer
import Foundation
import Testing

/// A handler whose factory fails, to test start-up errors.
private struct FactoryFailure: Error {}

@Suite("HTTPServer: start and graceful stop")
struct HTTPServerShutdownTests {
    @Test func stopLetsAnInFlightRequestFinishThenExits() throws {
        let server = try startTestServer()
        let port = server.port
        let busy = try RawClient(port: port)
        let idle = try RawClient(port: port)
        #expect(try idle.exchange(get("/echo")).status == 200)
        try busy.send(get("/sleep?ms=400"))
        usleep(150_000)
        let stopper = Thread { server.stop() }
        stopper.start()
        let response = try busy.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "slept 400")
        #expect(response.header("Connection") == "close")
        #expect(busy.isClosedByServer())
        #expect(idle.isClosedByServer())
        server.waitUntilStopped()
        #expect(throws: RawClientError.self) { try RawClient(port: port) }
    }

    @Test func stopBeforeAnyConnectionReturnsPromptly() throws {
        let server = try startTestServer()
        let started = Date()
        server.shutDown()
        #expect(Date().timeIntervalSince(started) < 1.5)
    }

    @Test func failingHandlerFactoryMakesStartThrow() throws {
        let server = HTTPServer(configuration: .init(host: "127.0.0.1", port: 0, workerCount: 2)) { index in
            if index == 1 { throw FactoryFailure() }
            return makeTestRouter()
        }
        #expect(throws: HTTPServerError.self) { try server.start() }
        server.waitUntilStopped()
    }

    @Test func bindingAPortInUseThrows() throws {
        let server = try startTestServer()
        defer { server.shutDown() }
        let second = HTTPServer(configuration: .init(host: "127.0.0.1", port: server.port)) { _ in makeTestRouter() }
        #expect(throws: HTTPServerError.self) { try second.start() }
    }

    @Test func eachWorkerGetsItsOwnHandler() throws {
        let counter = FactoryCounter()
        let server = HTTPServer(configuration: .init(host: "127.0.0.1", port: 0, workerCount: 3)) { index in
            counter.record(index)
            return makeTestRouter()
        }
        try server.start()
        defer { server.shutDown() }
        #expect(counter.indices.sorted() == [0, 1, 2])
    }
}

/// Records which worker indices the factory was called with.
private final class FactoryCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Int] = []
    func record(_ index: Int) {
        lock.lock()
        seen.append(index)
        lock.unlock()
    }
    var indices: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }
}
