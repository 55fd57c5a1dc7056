/// Why a course pack could not be built or written.
public struct CourseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure; callers may match on `code`.
    public enum Code: String, Sendable, Equatable {
        /// The course spec is malformed (the message names the file or JSON member and the line).
        case invalidSpec
        /// A session's query could not be run.
        case searchFailed
        /// A file could not be read or written, or printing failed.
        case ioFailed
    }

    /// What went wrong.
    public let code: Code
    /// A message for people.
    public let message: String

    /// Makes an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// The `ServiceError` the HTTP edge reports: 400 for a bad spec or query, 500 otherwise.
    public var serviceError: ServiceError {
        code == .ioFailed ? .failure(message) : .badInput(message)
    }

    static func spec(_ source: String, _ line: Int?, _ message: String) -> CourseError {
        CourseError(code: .invalidSpec, message: line.map { "\(source):\($0): \(message)" } ?? "\(source): \(message)")
    }
}
