extension HTTPServer {
    /// Where a request runs: how the server keeps some requests answerable whatever the others do.
    public enum Lane: Sendable, Equatable {
        /// Answered by a dedicated worker (health checks): never waits behind other requests.
        case priority
        /// The shared workers, taken fairly between client addresses.
        case normal
        /// The shared workers, but only ``Configuration/maxHeavyInFlight`` at once (expensive routes).
        case heavy
    }

    /// The default lanes: `GET`/`HEAD /healthz` has priority, everything else is normal.
    public static let defaultLane: @Sendable (HTTPRequest) -> Lane = { request in
        request.path == "/healthz" && (request.method == "GET" || request.method == "HEAD") ? .priority : .normal
    }
}
