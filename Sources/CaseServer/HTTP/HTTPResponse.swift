import CaseLibrary
import Foundation

/// An HTTP response built by a handler: status, headers and body bytes.
///
/// The server adds `Date`, `Content-Length`, `Connection` and `Server` when it
/// writes the response (replacing any set here) and supplies a `Content-Type`
/// if none was given.
public struct HTTPResponse: Sendable {
    /// The status code, e.g. 200.
    public var status: Int
    /// The header fields in order.
    public var headers: HTTPHeaders
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int = 200, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as `Data`.
    public var bodyData: Data { Data(body) }

    /// The `Content-Type` used for JSON responses.
    public static let jsonContentType = "application/json; charset=utf-8"

    /// A JSON response from bytes that are already JSON.
    public static func json(_ data: Data, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": jsonContentType], body: Array(data))
    }

    /// A JSON response encoding `value` with sorted keys.
    ///
    /// - Throws: The `EncodingError` from `JSONEncoder` (the router turns it into a logged 500).
    public static func json<Value: Encodable>(
        _ value: Value, status: Int = 200, encoder: JSONEncoder = HTTPResponse.makeEncoder()
    ) throws -> HTTPResponse {
        json(try encoder.encode(value), status: status)
    }

    /// The encoder used by ``json(_:status:encoder:)`` by default: sorted keys, no slash escaping.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A `text/plain; charset=utf-8` response.
    public static func text(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: ["Content-Type": "text/plain; charset=utf-8"],
            body: Array(text.utf8))
    }

    /// A `text/html; charset=utf-8` response.
    public static func html(_ html: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: ["Content-Type": "text/html; charset=utf-8"],
            body: Array(html.utf8))
    }

    /// The error shape `{"error": {"code": "...", "message": "..."}}` as JSON.
    public static func error(status: Int, code: String, message: String) -> HTTPResponse {
        let body = "{\"error\":{\"code\":\(jsonString(code)),\"message\":\(jsonString(message))}}"
        return HTTPResponse(
            status: status, headers: ["Content-Type": jsonContentType], body: Array(body.utf8))
    }

    /// The error shape for any ``HTTPError``.
    public static func error(_ error: any HTTPError) -> HTTPResponse {
        self.error(status: error.status, code: error.code, message: error.message)
    }

    /// Quotes and escapes `string` as a JSON string literal.
    static func jsonString(_ string: String) -> String { JSONWriter.quoted(string) }
}
