import CaseServer
import CaseServices
import Foundation
import Glibc
import TestSupport
import Testing

/// Issue 14 §7: one client address abuses a real server (half-sent requests, idle connections,
/// readers that never read, floods of expensive requests) while another address keeps getting
/// `/healthz` and a search answered promptly.
///
/// The bound held: every `/healthz` from the other address answers 200 within
/// `AbuseTests.healthBound` seconds and every search within `searchBound` (debug build, two shared
/// cores); the measured maxima are printed.
@Suite("A real server stays answerable for other clients while one address abuses it (issue 14 §7)", .serialized)
struct AbuseTests {
    static let abuser = "127.0.0.1"
    static let other = "127.0.0.2"
    static let healthBound = 1.0
    static let searchBound = 2.0

    /// A library of a few hundred cases, so that compilations take real work.
    static func library() throws -> TestLibrary {
        let extra = (0..<300).map { number in
            Fixtures.caseJSON(id: String(format: "2023-AB-%04d", number), [
                "title": "申请公开某公司第\(number)号行政处罚决定书案",
                "request": "张某申请公开派出所对某公司作出的第\(number)号行政处罚决定书及其送达回证。",
            ])
        }
        let library = try TestLibrary(extra: extra)
        // The product's statutes and compilation settings, so statute → cases and compilations do real work.
        let source = ProjectPaths.root.appendingPathComponent("Cases")
        let target = library.service.folder.root
        try FileManager.default.copyItem(at: source.appendingPathComponent("statutes"), to: target.appendingPathComponent("statutes"))
        try FileManager.default.copyItem(at: source.appendingPathComponent("compilation.conf"), to: target.appendingPathComponent("compilation.conf"))
        try library.reindex()
        return library
    }

    static func server(_ library: TestLibrary, _ configure: (inout HTTPServer.Configuration) -> Void = { _ in }) throws -> HTTPServer {
        var configuration = HTTPServer.Configuration(
            host: "127.0.0.1", port: 0, workerCount: 2, maxConnections: 256,
            headerReadTimeout: 30, idleTimeout: 30, writeTimeout: 3, lingerTimeout: 0.5)
        configure(&configuration)
        let server = try CaseAPIServer.make(service: library.service, configuration: configuration,
                                            access: .init(usersFile: library.directory.path("no-users.jsonl"), reviewerAccess: true))
        try server.start()
        return server
    }

    /// Checks `/healthz` and a search from the other address `rounds` times; returns the worst latencies.
    static func probe(_ port: Int, rounds: Int = 10) throws -> (health: Double, search: Double) {
        var worst = (health: 0.0, search: 0.0)
        for _ in 0..<rounds {
            let client = try RawClient(port: port, receiveTimeout: 5, source: other)
            var started = Date()
            let health = try client.exchange(get("/healthz"))
            worst.health = max(worst.health, Date().timeIntervalSince(started))
            #expect(health.status == 200, "healthz: \(health.status) \(health.text)")
            started = Date()
            let search = try client.exchange(get("/api/search?q=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A"))
            worst.search = max(worst.search, Date().timeIntervalSince(started))
            #expect(search.status == 200, "search: \(search.status) \(search.text.prefix(200))")
            usleep(20_000)
        }
        #expect(worst.health < healthBound, "healthz took \(worst.health) s")
        #expect(worst.search < searchBound, "search took \(worst.search) s")
        return worst
    }

    @Test func halfSentRequestsFromOneAddressNeverMakeHealthzFail() throws {
        let library = try Self.library()
        let server = try Self.server(library)
        defer { server.shutDown() }
        var held: [RawClient] = []
        for _ in 0..<400 {
            let client = try RawClient(port: server.port, receiveTimeout: 3, source: Self.abuser)
            try client.send("GET /api/search?q=%E6%A1%88 HTTP/1.1\r\nHost: t\r\nX-Slow: ")
            held.append(client)
        }
        usleep(300_000)
        let worst = try Self.probe(server.port)
        print("abuse: 400 half-sent requests from \(Self.abuser): healthz max \(ms(worst.health)), search max \(ms(worst.search))")
        withExtendedLifetime(held) {}
    }

    @Test func aFullServerAdmitsAnotherAddressByDisplacingTheBusiest() throws {
        let library = try Self.library()
        let server = try Self.server(library) { $0.maxConnections = 100; $0.maxConnectionsPerAddress = 1_000 }
        defer { server.shutDown() }
        var held: [RawClient] = []
        for _ in 0..<100 {
            let client = try RawClient(port: server.port, receiveTimeout: 3, source: Self.abuser)
            try client.send("GET /healthz HTTP/1.1\r\nHost: t\r\n")
            held.append(client)
        }
        usleep(200_000)
        let worst = try Self.probe(server.port)
        print("abuse: server full (100 of 100) with one address's half-sent requests: healthz max \(ms(worst.health)), search max \(ms(worst.search))")
        withExtendedLifetime(held) {}
    }

    @Test func idleConnectionsAndReadersThatNeverReadHoldNoWorker() throws {
        let library = try Self.library()
        let server = try Self.server(library)
        defer { server.shutDown() }
        var held: [RawClient] = []
        for number in 0..<120 {
            let client = try RawClient(port: server.port, receiveTimeout: 3, source: Self.abuser)
            if number % 2 == 0 {
                _ = try client.exchange(get("/healthz"))  // then stays idle
            } else {
                // Pipelined requests for a large page, never read: the responses pile up unwritten.
                try client.send(String(repeating: get("/assets/app.js") + get("/api/search?q=%E6%A1%88&limit=100"), count: 4))
            }
            held.append(client)
        }
        usleep(300_000)
        let worst = try Self.probe(server.port)
        print("abuse: 60 idle connections + 60 non-reading pipelined clients: healthz max \(ms(worst.health)), search max \(ms(worst.search))")
        withExtendedLifetime(held) {}
    }

    @Test func aFloodOfExpensiveRequestsFromOneAddressLeavesOthersServed() throws {
        let library = try Self.library()
        let server = try Self.server(library)
        defer { server.shutDown() }
        let port = server.port
        let flooders = DispatchGroup()
        let counter = FloodCounter()
        for number in 0..<8 {
            DispatchQueue.global().async(group: flooders) {
                guard let client = try? RawClient(port: port, receiveTimeout: 30, source: Self.abuser) else { return }
                for round in 0..<4 {
                    let target = (number + round) % 2 == 0
                        ? "/api/compilations/2023?format=html" : "/api/statutes/%E6%9D%A1%E4%BE%8B/%E7%AC%AC%E5%8D%81%E4%BA%94%E6%9D%A1/cases"
                    guard let response = try? client.exchange(get(target)) else { return }
                    counter.add(response.status)
                }
            }
        }
        usleep(300_000)
        let worst = try Self.probe(server.port, rounds: 15)
        flooders.wait()
        print("abuse: 8 connections × 4 compilations/statute-cases from \(Self.abuser) (\(counter.summary)): healthz max \(ms(worst.health)), search max \(ms(worst.search))")
    }
}

private func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }

/// Counts the flood's statuses across threads.
private final class FloodCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [Int: Int] = [:]
    func add(_ status: Int) {
        lock.lock()
        statuses[status, default: 0] += 1
        lock.unlock()
    }
    var summary: String {
        lock.lock()
        defer { lock.unlock() }
        return statuses.sorted { $0.key < $1.key }.map { "\($0.value)×\($0.key)" }.joined(separator: ", ")
    }
}
