/// Something doubtful about a legacy document that did not stop it from being read.
public struct LegacyWarning: Sendable, Equatable, CustomStringConvertible {
    /// The file the warning concerns.
    public let file: String
    /// One-based line in the decoded text (0 for the document as a whole).
    public let line: Int
    /// What was found.
    public let message: String

    /// Makes a warning.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }
}
