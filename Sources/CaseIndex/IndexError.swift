/// An error from the index: what failed, and why, with a code callers can match on.
///
/// ```swift
/// do { try reader.search(request) } catch let error as IndexError where error.code == .databaseModified { … }
/// ```
public struct IndexError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What kind of failure this is.
    public enum Code: String, Sendable, Equatable {
        /// The database changed under a reader: reopen and retry.
        case databaseModified
        /// The database is missing or cannot be opened.
        case databaseOpening
        /// Another writer holds the write lock.
        case databaseLocked
        /// The database files are damaged.
        case databaseCorrupt
        /// Another database error.
        case database
        /// A remote shard could not be reached or answered badly.
        case network
        /// A bad argument reached Xapian.
        case invalidArgument
        /// A document id that does not exist.
        case documentNotFound
        /// Any other error from Xapian or the C++ runtime.
        case `internal`
        /// The query text could not be parsed.
        case queryParse
    }

    /// The failure's code.
    public let code: Code
    /// A message for people.
    public let message: String

    /// Makes an error with a code and a message for people.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
