import CaseIndex
import Dispatch
import Foundation

/// A worker's own ``IndexReader`` that catches up with the index on disk every so often.
///
/// Before each request the API asks for ``reader``; at most once per ``interval`` that calls
/// `IndexReader.refresh()`, which reopens the database at its latest revision or follows the stub
/// to a rebuilt generation. A reindex is therefore seen within about ``interval`` seconds without a
/// restart. Like the reader, this class is confined to one thread (it is not `Sendable`).
public final class RefreshingReader {
    /// The seconds between refreshes (0 refreshes before every request).
    public let interval: Double
    private let underlying: IndexReader
    private let statistics: IndexStatistics?
    private var lastRefresh: UInt64

    /// Wraps a reader.
    ///
    /// - Parameters:
    ///   - reader: The reader this worker owns.
    ///   - interval: The seconds between refreshes.
    ///   - statistics: Where the document count and revision are published after each refresh.
    public init(_ reader: IndexReader, interval: Double = 1, statistics: IndexStatistics? = nil) {
        self.underlying = reader
        self.interval = max(0, interval)
        self.statistics = statistics
        self.lastRefresh = DispatchTime.now().uptimeNanoseconds
        publish()
    }

    /// The reader, refreshed first when ``interval`` has passed since the last refresh.
    ///
    /// A failed refresh is logged and the reader keeps answering from what it had open.
    public var reader: IndexReader {
        let now = DispatchTime.now().uptimeNanoseconds
        if Double(now &- lastRefresh) / 1e9 >= interval {
            lastRefresh = now
            do {
                if try underlying.refresh() { publish() }
            } catch {
                Router.log("index refresh failed (serving the previous revision): \(error)")
            }
        }
        return underlying
    }

    /// Publishes the current document count and revision to ``statistics``.
    func publish() {
        guard let statistics else { return }
        if let documents = try? underlying.documentCount, let revision = try? underlying.revision {
            statistics.update(documents: documents, revision: revision)
        }
    }
}
