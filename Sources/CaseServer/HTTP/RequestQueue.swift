import Foundation

/// Hands requests from the I/O thread to workers, fairly between client addresses.
///
/// Each address has its own FIFO; workers take from the addresses in turn (round robin), so a
/// flood from one address delays another address's request by at most one request per worker,
/// not by the whole flood. Priority requests go before all others. Requests of the `.heavy` lane (expensive routes) are limited to
/// `heavyLimit` in flight at once, so at least one worker always remains for everything else.
final class RequestQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let heavyLimit: Int
    private var urgent: [Job] = []
    private var queues: [String: [Job]] = [:]
    private var ring: [String] = []
    private var cursor = 0
    private var heavyInFlight = 0
    private var closed = false

    /// A queue letting at most `heavyLimit` heavy requests run at once.
    init(heavyLimit: Int) { self.heavyLimit = max(1, heavyLimit) }

    /// Appends a job to its address's queue and wakes a worker. Ignored after ``close()``.
    func push(_ job: Job) {
        condition.lock()
        defer { condition.unlock() }
        guard !closed else { return }
        if job.lane == .priority {
            urgent.append(job)
            condition.broadcast()
            return
        }
        if queues[job.address, default: []].isEmpty { ring.append(job.address) }
        queues[job.address, default: []].append(job)
        condition.broadcast()
    }

    /// Blocks until a job may run; nil once the queue is closed and nothing runnable is left.
    func pop() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let job = takeNext() { return job }
            if closed && ring.isEmpty && urgent.isEmpty { return nil }
            condition.wait()
        }
    }

    /// Records that a job popped earlier has finished (frees its heavy slot).
    func finished(_ job: Job) {
        guard job.lane == .heavy else { return }
        condition.lock()
        heavyInFlight -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Stops accepting jobs; workers drain what is queued, then ``pop()`` returns nil.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }

    /// The next runnable job, taking addresses in turn. Called with the lock held.
    private func takeNext() -> Job? {
        if !urgent.isEmpty { return urgent.removeFirst() }
        guard !ring.isEmpty else { return nil }
        for step in 0..<ring.count {
            let position = (cursor + step) % ring.count
            let address = ring[position]
            guard var queue = queues[address],
                let index = queue.firstIndex(where: { $0.lane != .heavy || heavyInFlight < heavyLimit })
            else { continue }
            let job = queue.remove(at: index)
            if job.lane == .heavy { heavyInFlight += 1 }
            if queue.isEmpty {
                queues[address] = nil
                ring.remove(at: position)
                cursor = ring.isEmpty ? 0 : position % ring.count
            } else {
                queues[address] = queue
                cursor = (position + 1) % ring.count
            }
            return job
        }
        return nil
    }
}
