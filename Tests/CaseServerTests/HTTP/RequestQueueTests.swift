@testable import CaseServer
import Testing

@Suite("RequestQueue: fair between addresses, heavy requests limited, priority first (issue 14 §7)")
struct RequestQueueTests {
    private func job(_ id: Int, _ address: String, _ lane: HTTPServer.Lane = .normal) throws -> Job {
        var parser = HTTPRequestParser()
        parser.append(Array("GET /x?id=\(id) HTTP/1.1\r\nHost: t\r\n\r\n".utf8))
        let request = try #require(try parser.nextRequest())
        return Job(connectionID: id, request: request, address: address, lane: lane)
    }

    @Test func addressesAreTakenInTurn() throws {
        let queue = RequestQueue(heavyLimit: 1)
        for id in 0..<5 { queue.push(try job(id, "127.0.0.1")) }
        queue.push(try job(100, "127.0.0.2"))
        queue.push(try job(101, "127.0.0.2"))
        let order = (0..<7).compactMap { _ in queue.pop()?.connectionID }
        #expect(order == [0, 100, 1, 101, 2, 3, 4])
    }

    @Test func heavyRequestsBeyondTheLimitWaitWhileOthersRun() throws {
        let queue = RequestQueue(heavyLimit: 1)
        queue.push(try job(1, "127.0.0.1", .heavy))
        queue.push(try job(2, "127.0.0.1", .heavy))
        queue.push(try job(3, "127.0.0.1"))
        let first = try #require(queue.pop())
        #expect(first.connectionID == 1)
        #expect(queue.pop()?.connectionID == 3, "the second heavy request waits; the normal one runs")
        queue.finished(first)
        #expect(queue.pop()?.connectionID == 2)
    }

    @Test func priorityRequestsGoFirst() throws {
        let queue = RequestQueue(heavyLimit: 1)
        for id in 0..<3 { queue.push(try job(id, "127.0.0.1")) }
        queue.push(try job(9, "127.0.0.3", .priority))
        #expect(queue.pop()?.connectionID == 9)
        queue.close()
        #expect((0..<4).compactMap { _ in queue.pop()?.connectionID } == [0, 1, 2])
    }
}
