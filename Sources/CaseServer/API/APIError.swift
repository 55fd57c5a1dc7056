/// An error found by the API layer itself while reading a request's parameters or body: a status,
/// a stable code and a Chinese message naming what was wrong. Errors of the library come as
/// `ServiceError` (see `ServiceError+HTTP.swift`).
///
/// Every error the API reports has the shape `{"error": {"code": ..., "message": ...}}`
/// (see ``HTTPResponse/error(_:)``).
public struct APIError: HTTPError, Equatable, CustomStringConvertible {
    /// The HTTP status, e.g. 400 or 404.
    public let status: Int
    /// A stable machine-readable code, e.g. `invalid_parameter`.
    public let code: String
    /// A message in Chinese, safe to show to users.
    public let message: String

    /// Creates an error.
    public init(status: Int, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// `status code: message`.
    public var description: String { "\(status) \(code): \(message)" }

    /// 400 naming a query or path parameter that has a bad value.
    public static func invalidParameter(_ name: String, _ reason: String) -> APIError {
        APIError(status: 400, code: "invalid_parameter", message: "参数 '\(name)'：\(reason)")
    }

    /// 400 naming a field of a JSON request body that has a bad value.
    public static func invalidField(_ name: String, _ reason: String) -> APIError {
        APIError(status: 400, code: "invalid_field", message: "字段 '\(name)'：\(reason)")
    }
}
