import Foundation

/// The index's size as last seen by any worker; read by the metrics gauge from any thread.
public final class IndexStatistics: @unchecked Sendable {
    private let lock = NSLock()
    private var documentsSeen = 0
    private var revisionSeen: UInt64 = 0

    /// Creates statistics with nothing seen yet.
    public init() {}

    /// Records what a worker's reader sees.
    public func update(documents: Int, revision: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        documentsSeen = documents
        revisionSeen = revision
    }

    /// The last document count seen.
    public var documents: Int {
        lock.lock()
        defer { lock.unlock() }
        return documentsSeen
    }

    /// The last revision seen.
    public var revision: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return revisionSeen
    }
}
