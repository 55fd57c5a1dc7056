import Glibc

/// A failure to start the server: an address that does not resolve, a port in
/// use, a failing system call, or a handler factory that threw.
public struct HTTPServerError: Error, CustomStringConvertible {
    /// A human-readable explanation including the failing operation and `strerror` text.
    public let message: String

    /// Creates an error with a message.
    public init(message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// An error for a failed system call, using the current `errno`.
    static func system(_ operation: String, errno code: Int32 = errno) -> HTTPServerError {
        HTTPServerError(message: "\(operation) 失败：\(String(cString: strerror(code)))（errno \(code)）")
    }
}
