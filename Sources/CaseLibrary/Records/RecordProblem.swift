/// One thing wrong with a record: the field it concerns (nil for the record as a whole) and a message.
public struct RecordProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field, as a dotted path (`review.status`), or nil.
    public let field: String?
    /// What is wrong, in plain words.
    public let message: String

    /// Makes a problem about `field` (a dotted path, or nil for the whole record).
    public init(field: String?, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`, or just the message when there is no field; control characters escaped
    /// (see `TerminalText`), since a message may quote a field's value.
    public var description: String { TerminalText.escaped(field.map { "\($0): \(message)" } ?? message) }
}

/// A problem located in a file: `path:line: message`.
public struct LocatedProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in.
    public let path: String
    /// One-based line number.
    public let line: Int
    /// The problem.
    public let problem: RecordProblem

    /// Makes a located problem from a file path, a one-based line number and the problem.
    public init(path: String, line: Int, problem: RecordProblem) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    /// `path:line: problem`, as compilers print, with control characters escaped.
    public var description: String { "\(TerminalText.escaped(path)):\(line): \(problem)" }
}
