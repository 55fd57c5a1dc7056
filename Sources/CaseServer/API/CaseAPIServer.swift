import CaseServices

/// Makes the HTTP server for a library: one ``LibrarySession`` and one ``CaseAPI`` router per
/// worker, shared ``Metrics`` with gauges for the index's document count and revision.
public enum CaseAPIServer {
    /// Creates (but does not start) a server over the library.
    ///
    /// Each worker opens its own session when the server starts; if the index cannot be opened,
    /// `HTTPServer.start()` throws.
    /// - Parameters:
    ///   - service: The library and its index folder (which must exist).
    ///   - configuration: Host, port, workers, limits (its `metrics` is replaced when nil).
    ///   - refreshInterval: Seconds between index refreshes in each worker.
    ///   - reviewerAccess: Serve reviewers: `all=1` shows hidden records (off by default).
    public static func make(
        service: CaseLibraryService, configuration: HTTPServer.Configuration, refreshInterval: Double = 1,
        reviewerAccess: Bool = false
    ) -> HTTPServer {
        var configuration = configuration
        let metrics = configuration.metrics ?? Metrics()
        configuration.metrics = metrics
        let statistics = IndexStatistics()
        metrics.registerGauge(name: "index_documents", help: "Documents in the index that callers may see (as last seen by a worker).") {
            Double(statistics.documents)
        }
        metrics.registerGauge(name: "index_revision", help: "Revision of the index (as last seen by a worker).") {
            Double(statistics.revision)
        }
        let viewer = reviewerAccess ? Viewer.reviewer : Viewer.member
        return HTTPServer(configuration: configuration) { _ in
            let session = try LibrarySession(library: service, viewer: viewer, refreshInterval: refreshInterval)
            if let status = try? session.status() { statistics.update(documents: status.documents, revision: status.revision) }
            return CaseAPI.makeRouter(session: session, metrics: metrics, statistics: statistics)
        }
    }
}
