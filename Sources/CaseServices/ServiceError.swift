/// An error from a service, with the HTTP status it maps to at the service edge.
public enum ServiceError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The input was wrong (400); the message names the field or file.
    case badInput(String)
    /// Something asked for does not exist (404).
    case notFound(String)
    /// The operation could not be carried out as asked (409/422-like conditions; reported as 422).
    case refused(String)
    /// A failure on our side (500).
    case failure(String)

    /// The message, without the status.
    public var description: String {
        switch self {
        case let .badInput(message), let .notFound(message), let .refused(message), let .failure(message): return message
        }
    }

    /// The HTTP status for this error.
    public var httpStatus: Int {
        switch self {
        case .badInput: return 400
        case .notFound: return 404
        case .refused: return 422
        case .failure: return 500
        }
    }
}
