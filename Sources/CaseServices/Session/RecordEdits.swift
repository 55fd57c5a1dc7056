import CaseLibrary
import Foundation

/// A record as stored, with what an editor needs: its ETag and its history.
public struct StoredVersion: Sendable {
    /// The record.
    public let record: Record
    /// `"…"`: the SHA-256 of the record's file, quoted — send it back in `If-Match` to replace it.
    public let etag: String
    /// Who did what to it.
    public let history: RecordHistory
}

/// A reviewer's or an author's step in 先审查、后公开.
public enum ReviewAction: Sendable, Equatable {
    /// Send a draft (or a rejected record, corrected) for review.
    case submit
    /// Approve it; the reviewer confirms the secrecy check.
    case approve(secrecyChecked: Bool)
    /// Refuse it, saying why.
    case reject(reason: String)
}

/// One record in someone's work: the author's own records, or a reviewer's queue.
public struct WorkItem: Sendable {
    /// The record.
    public let record: Record
    /// Where it stands: `draft`, `submitted`, `reviewed`, `rejected` (an outcome: `submitted`
    /// while it waits for approval, `reviewed` once approved).
    public let state: String
    /// Its history.
    public let history: RecordHistory
}

/// Serialises writes from every thread of the process: one writer of `Cases/` and the index at a
/// time (another process is kept out by the index's own lock).
enum LibraryWriteGate {
    private final class Gate: @unchecked Sendable { let lock = NSLock() }
    private static let gate = Gate()

    static func run<T>(_ body: () throws -> T) throws -> T {
        gate.lock.lock()
        defer { gate.lock.unlock() }
        return try body()
    }
}
