/// An error that knows how it should be presented to an HTTP client.
///
/// Throw a value conforming to `HTTPError` from a route handler and the
/// ``Router`` turns it into `{"error": {"code": ..., "message": ...}}` with
/// the given status. Any other error becomes a logged 500 with a generic body.
public protocol HTTPError: Error {
    /// The HTTP status code to answer with (for example 400 or 404).
    var status: Int { get }
    /// A short, stable, machine-readable code such as `invalid_parameter`.
    var code: String { get }
    /// A human-readable explanation, safe to show to the client.
    var message: String { get }
}

/// A request the server refuses: malformed syntax, an unsupported feature or
/// a size limit exceeded.
///
/// Thrown by ``HTTPRequestParser`` and by query decoding; the server answers
/// it with ``status`` and closes the connection.
public struct HTTPRequestError: HTTPError, Equatable, CustomStringConvertible {
    /// The HTTP status code the request deserves (400, 408, 411, 413, 431, 505).
    public let status: Int
    /// A short machine-readable code, e.g. `bad_request` or `headers_too_large`.
    public let code: String
    /// A human-readable explanation naming the offending part of the request.
    public let message: String

    /// Creates an error with an explicit status, code and message.
    public init(status: Int, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// A textual representation: status, code and message.
    public var description: String { "HTTP \(status) \(code): \(message)" }

    /// 400 Bad Request for malformed syntax.
    static func badRequest(_ message: String) -> HTTPRequestError {
        HTTPRequestError(status: 400, code: "bad_request", message: message)
    }

    /// 400 Bad Request naming an undecodable query parameter.
    static func invalidQueryParameter(_ name: String, _ reason: String) -> HTTPRequestError {
        HTTPRequestError(
            status: 400, code: "invalid_query_parameter",
            message: "查询参数 '\(name)'：\(reason)")
    }

    /// 408 Request Timeout: the request was not received in time.
    static let timeout = HTTPRequestError(
        status: 408, code: "request_timeout", message: "请求未在规定时间内收到")

    /// 411 Length Required: transfer-coded (chunked) request bodies are not supported.
    static let lengthRequired = HTTPRequestError(
        status: 411, code: "length_required",
        message: "不支持 Transfer-Encoding 请求体，请使用 Content-Length")

    /// 413 Content Too Large for a body over the limit.
    static func bodyTooLarge(limit: Int) -> HTTPRequestError {
        HTTPRequestError(
            status: 413, code: "body_too_large",
            message: "请求体超过 \(limit) 字节的上限")
    }

    /// 431 Request Header Fields Too Large for a request head over the limit.
    static func headTooLarge(limit: Int) -> HTTPRequestError {
        HTTPRequestError(
            status: 431, code: "headers_too_large",
            message: "请求行和请求头超过 \(limit) 字节的上限")
    }

    /// 505 HTTP Version Not Supported for a well-formed but unknown version.
    static func unsupportedVersion(_ version: String) -> HTTPRequestError {
        HTTPRequestError(
            status: 505, code: "http_version_not_supported",
            message: "不支持 HTTP 版本 '\(version)'，请使用 HTTP/1.1 或 HTTP/1.0")
    }
}
