/// A problem or oddity found while parsing a statute file; parsing carries on.
public struct StatuteIssue: Error, Sendable, Equatable, CustomStringConvertible {
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
