import CaseIndex
import CaseServices

/// An error answered by the case API: a status, a stable code and a message naming what was wrong.
///
/// Every error the API reports has the shape `{"error": {"code": ..., "message": ...}}`
/// (see ``HTTPResponse/error(_:)``).
public struct APIError: HTTPError, Equatable, CustomStringConvertible {
    /// The HTTP status, e.g. 400 or 404.
    public let status: Int
    /// A stable machine-readable code, e.g. `invalid_parameter`.
    public let code: String
    /// A human-readable message, safe to show to users.
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
        APIError(status: 400, code: "invalid_parameter", message: "parameter '\(name)': \(reason)")
    }

    /// 400 naming a field of a JSON request body that has a bad value.
    public static func invalidField(_ name: String, _ reason: String) -> APIError {
        APIError(status: 400, code: "invalid_field", message: "field '\(name)': \(reason)")
    }

    /// The HTTP form of a service error.
    public static func service(_ error: ServiceError) -> APIError {
        let code: String
        switch error {
        case .badInput: code = "invalid_input"
        case .notFound: code = "not_found"
        case .refused: code = "refused"
        case .failure: code = "internal"
        }
        return APIError(status: error.httpStatus, code: code, message: error.description)
    }

    /// 400 for search text the query language cannot parse.
    public static func badQuery(_ reason: String) -> APIError {
        APIError(status: 400, code: "bad_query", message: "parameter 'q': \(reason)")
    }

    /// 404 for a record id that does not exist (or is hidden).
    public static func recordNotFound(_ id: String) -> APIError {
        APIError(status: 404, code: "not_found", message: "no record with id '\(id)'")
    }

    /// Runs `body`, turning an index query-parse failure into ``badQuery(_:)``.
    static func mappingQueryErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as IndexError where error.code == .queryParse {
            throw badQuery(error.message)
        }
    }
}
