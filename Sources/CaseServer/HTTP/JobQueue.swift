import Foundation

/// A blocking FIFO queue handing work from the I/O thread to worker threads.
final class JobQueue<Job: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var head = 0
    private var closed = false

    /// Appends a job and wakes one waiting worker. Ignored after ``close()``.
    func push(_ job: Job) {
        condition.lock()
        defer { condition.unlock() }
        guard !closed else { return }
        jobs.append(job)
        condition.signal()
    }

    /// Blocks until a job is available; returns nil once the queue is closed and empty.
    func pop() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while head == jobs.count && !closed { condition.wait() }
        guard head < jobs.count else { return nil }
        let job = jobs[head]
        head += 1
        if head > 64 && head * 2 > jobs.count {
            jobs.removeFirst(head)
            head = 0
        }
        return job
    }

    /// Stops accepting jobs; workers drain what is queued, then ``pop()`` returns nil.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }
}
