/// A legacy document that cannot be read.
public struct TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why a document was refused.
    public enum Code: String, Sendable, Equatable {
        /// The bytes contain NUL bytes or too many control bytes to be text.
        case binary
    }

    /// Why.
    public let code: Code
    /// The file.
    public let file: String
    /// One-based line of the first offending byte (counting LF bytes), or 0.
    public let line: Int
    /// What is wrong, in plain words.
    public let message: String

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }
}
