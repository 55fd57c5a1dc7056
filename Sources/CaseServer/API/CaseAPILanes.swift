/// Which of the API's requests are health checks (answered first, by a worker of their own) and
/// which are heavy (at most ``HTTPServer/Configuration/maxHeavyInFlight`` at once, so one worker
/// always stays free for searches and record pages).
public enum CaseAPILanes {
    /// The lane of a request: `/healthz` priority; compilations, statute → cases, precedents,
    /// course packs and similar cases heavy (each reads many records or runs a long query); the rest normal.
    @Sendable public static func lane(_ request: HTTPRequest) -> HTTPServer.Lane {
        let path = request.path
        if path == "/healthz" { return .priority }
        if path.hasPrefix("/api/compilations/") || path.hasPrefix("/api/reports/") || path == "/api/precedents" || path == "/api/courses" { return .heavy }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/api/statutes/"), parts.count == 6, parts[5] == "cases" { return .heavy }
        if path.hasPrefix("/api/records/"), parts.count == 5, parts[4] == "similar" { return .heavy }
        return .normal
    }
}
