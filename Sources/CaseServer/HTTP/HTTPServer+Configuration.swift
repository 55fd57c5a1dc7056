import Foundation

extension HTTPServer {
    /// Everything tunable about a server; every field has a production default.
    public struct Configuration: Sendable {
        /// The address to bind, e.g. `127.0.0.1`, `0.0.0.0` or `::1`.
        public var host: String
        /// The port to bind; 0 picks an ephemeral port (see ``HTTPServer/port``).
        public var port: Int
        /// The number of worker threads, each with its own handler (at least 1).
        public var workerCount: Int
        /// Open client connections allowed; beyond it new connections get 503 and are closed.
        public var maxConnections: Int
        /// Seconds allowed to receive a request's head, counted from its first byte
        /// (or from accept for a new connection); the body gets the same again. Expiry → 408.
        public var headerReadTimeout: Double
        /// Seconds an idle keep-alive connection stays open between requests.
        public var idleTimeout: Double
        /// Seconds a worker may spend writing one response to a slow reader.
        public var writeTimeout: Double
        /// Seconds to keep reading (and discarding) after an error response before
        /// closing, so the client receives the response rather than a reset.
        public var lingerTimeout: Double
        /// The request size limits (431 / 413).
        public var limits: HTTPRequestParser.Limits
        /// The `listen()` backlog.
        public var backlog: Int32
        /// Where transport-level errors (400, 408, 503, ...) are recorded, and
        /// where an `http_open_connections` gauge is registered.
        public var metrics: Metrics?
        /// Open connections allowed from one client address; beyond it that address's new
        /// connections get 503. When all ``maxConnections`` are taken, a newcomer from another
        /// address is admitted by closing a waiting connection of the address holding the most,
        /// so one client can never lock the others out. 128 leaves room for an office behind one
        /// NAT address (a browser opens at most 6 per server) and keeps 8 addresses from filling 1,024.
        public var maxConnectionsPerAddress = 128
        /// Heavy requests (see ``lane``) allowed to run at once; nil means one less than the workers
        /// (at least 1), so one worker always remains for everything else.
        public var maxHeavyInFlight: Int?
        /// Start one more worker (its handler made with index `workerCount`) that answers only
        /// `.priority` requests, so a health check never waits for a worker busy with something long.
        public var dedicatedPriorityWorker = false
        /// Sorts requests into lanes: `.priority` requests (by default `GET /healthz`) go before all
        /// others, on a worker of their own with ``dedicatedPriorityWorker``; `.heavy` ones are limited
        /// by ``maxHeavyInFlight``.
        public var lane: @Sendable (HTTPRequest) -> Lane = HTTPServer.defaultLane

        /// Creates a configuration; see each property for the meaning of its default.
        public init(
            host: String = "127.0.0.1",
            port: Int = 8080,
            workerCount: Int = ProcessInfo.processInfo.activeProcessorCount,
            maxConnections: Int = 1024,
            headerReadTimeout: Double = 10,
            idleTimeout: Double = 30,
            writeTimeout: Double = 30,
            lingerTimeout: Double = 2,
            limits: HTTPRequestParser.Limits = HTTPRequestParser.Limits(),
            backlog: Int32 = 128,
            metrics: Metrics? = nil
        ) {
            self.host = host
            self.port = port
            self.workerCount = workerCount
            self.maxConnections = maxConnections
            self.headerReadTimeout = headerReadTimeout
            self.idleTimeout = idleTimeout
            self.writeTimeout = writeTimeout
            self.lingerTimeout = lingerTimeout
            self.limits = limits
            self.backlog = backlog
            self.metrics = metrics
        }
    }
}
