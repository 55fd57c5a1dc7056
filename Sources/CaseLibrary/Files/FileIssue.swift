/// Something found at a line of a file that did not stop the file from being read: a statute
/// file's oddity, a legacy document's doubtful line. `path:line: message`.
public struct FileIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// One-based line number (0 for the file as a whole).
    public let line: Int
    /// What was found, in plain words.
    public let message: String

    /// Makes an issue.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`.
    public var description: String { "\(path):\(line): \(message)" }
}

/// A problem or oddity found while parsing a statute file; parsing carries on.
public typealias StatuteIssue = FileIssue

/// Something doubtful about a legacy document that did not stop it from being read.
public typealias LegacyWarning = FileIssue
