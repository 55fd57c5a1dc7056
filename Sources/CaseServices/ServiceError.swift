/// An error from a service, with a message in Chinese for the people who read it.
///
/// Services know nothing of HTTP: the server maps each case to a status in one place
/// (`CaseServer/API/ServiceError+HTTP.swift`), the command line to an exit status.
public enum ServiceError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The input was wrong; the message names the field or file.
    case badInput(String)
    /// Search text the query language cannot parse; the message says what to fix.
    case badQuery(String)
    /// The caller may not have what was asked for (hidden records for a member).
    case forbidden(String)
    /// Something asked for does not exist (or the caller may not know that it does).
    case notFound(String)
    /// The operation could not be carried out as asked.
    case refused(String)
    /// The thing already exists (a new record with a taken id).
    case conflict(String)
    /// The caller's copy is stale: the record changed since it was read (its ETag no longer matches).
    case stale(String)
    /// A replacement must say which version it replaces (`If-Match`).
    case versionRequired(String)
    /// A failure on our side.
    case failure(String)

    /// The message.
    public var description: String {
        switch self {
        case let .badInput(message), let .badQuery(message), let .forbidden(message), let .notFound(message), let .refused(message),
            let .conflict(message), let .stale(message), let .versionRequired(message), let .failure(message):
            return message
        }
    }

    /// A stable code for programs: `invalid_input`, `bad_query`, `forbidden`, `not_found`, `refused`, `internal`.
    public var code: String {
        switch self {
        case .badInput: return "invalid_input"
        case .badQuery: return "bad_query"
        case .forbidden: return "forbidden"
        case .notFound: return "not_found"
        case .refused: return "refused"
        case .conflict: return "conflict"
        case .stale: return "stale"
        case .versionRequired: return "version_required"
        case .failure: return "internal"
        }
    }
}
