import CaseServices

/// The one place where the library's errors become HTTP statuses: a service error carries its
/// own status (the way Hummingbird's `HTTPResponseError` does); any other error a handler throws
/// is logged by the router and answered with a generic 500.
extension ServiceError: HTTPError {
    /// 400 for bad input, 403 for what the caller may not see, 404, 409 for a taken id, 412 for a
    /// stale ETag, 422 for a refusal, 428 without If-Match, 500.
    public var status: Int {
        switch self {
        case .badInput, .badQuery: return 400
        case .forbidden: return 403
        case .notFound: return 404
        case .refused: return 422
        case .conflict: return 409
        case .stale: return 412
        case .versionRequired: return 428
        case .failure: return 500
        }
    }

    /// The message, in Chinese.
    public var message: String { description }
}
