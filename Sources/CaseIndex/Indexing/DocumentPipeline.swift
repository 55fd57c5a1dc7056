import Foundation

/// Prepares the documents of a list of sources on a thread of its own, in order, ahead of the
/// writer: reading, parsing and tokenising run on one core while Xapian writes on another. At most
/// `limit` prepared documents wait (one source's documents always may), so memory stays bounded
/// whatever the library's size.
final class DocumentPipeline: @unchecked Sendable {
    /// A source and its documents, prepared, or why they could not be.
    typealias Item = (source: IndexSource, documents: Result<[PreparedDocument], any Error>)

    private let condition = NSCondition()
    private var ready: [(item: Item, count: Int)] = []
    private var head = 0
    private var waiting = 0
    private var finished = false
    private var cancelled = false
    private var closed = false
    private let limit: Int
    private let stopped = DispatchSemaphore(value: 0)

    /// Starts preparing `sources`.
    init(sources: [IndexSource], limit: Int) {
        self.limit = max(1, limit)
        let thread = Thread { [self] in
            produce(sources)
            stopped.signal()
        }
        thread.name = "caselib.prepare"
        thread.start()
    }

    private func produce(_ sources: [IndexSource]) {
        for source in sources {
            let documents = source.documents
            let item = (source: source, documents: Result { try documents.map(PreparedDocument.init) })
            condition.lock()
            while !cancelled, waiting > 0, waiting + documents.count > limit { condition.wait() }
            let stop = cancelled
            if !stop {
                ready.append((item, documents.count))
                waiting += documents.count
                condition.broadcast()
            }
            condition.unlock()
            if stop { break }
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next source with its prepared documents, in the order given; nil after the last.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == ready.count, !finished { condition.wait() }
        guard head < ready.count else { return nil }
        let (item, count) = ready[head]
        head += 1
        waiting -= count
        if head >= 256 {
            ready.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// Stops preparing (what is not taken yet is dropped) and waits for the thread to end. Call it
    /// once the writer is done or has failed; calling it again does nothing.
    func close() {
        condition.lock()
        let first = !closed
        closed = true
        cancelled = true
        condition.broadcast()
        condition.unlock()
        if first { stopped.wait() }
    }
}
