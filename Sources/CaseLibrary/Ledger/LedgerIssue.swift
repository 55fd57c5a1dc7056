/// A problem with one line of a register file, printed as `FILE:LINE: column: message`.
public struct LedgerIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as named on the command line (or the register file's path).
    public let file: String
    /// The 1-based line; 0 when the problem is the whole file's.
    public let line: Int
    /// The column's name (e.g. 收到日期), or a description of the part concerned (表头, 编码).
    public let column: String
    /// What is wrong, in Chinese.
    public let message: String

    /// Makes an issue.
    public init(file: String, line: Int, column: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE: column: message`.
    public var description: String { "\(file):\(line): \(column): \(message)" }
}
