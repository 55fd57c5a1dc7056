import CaseIndex
import CaseServices

/// Makes the HTTP server for an index: one ``IndexReader`` and one ``CaseAPI`` router per worker,
/// shared ``Metrics`` with gauges for the index's document count and revision.
public enum CaseAPIServer {
    /// Creates (but does not start) a server over the index at `location`.
    ///
    /// Each worker opens its own reader when the server starts; if the index cannot be opened,
    /// `HTTPServer.start()` throws.
    /// - Parameters:
    ///   - service: The library and its index folder (which must exist).
    ///   - configuration: Host, port, workers, limits (its `metrics` is replaced when nil).
    ///   - refreshInterval: Seconds between reader refreshes in each worker.
    ///   - reviewerAccess: Let `all=1` show hidden records (a reviewers' server; off by default).
    public static func make(
        service: CaseLibraryService, configuration: HTTPServer.Configuration, refreshInterval: Double = 1,
        reviewerAccess: Bool = false
    ) -> HTTPServer {
        let location = service.location
        var configuration = configuration
        let metrics = configuration.metrics ?? Metrics()
        configuration.metrics = metrics
        configuration.dedicatedPriorityWorker = true
        configuration.lane = CaseAPILanes.lane
        let statistics = IndexStatistics()
        metrics.registerGauge(name: "index_documents", help: "Documents in the index (as last seen by a worker).") {
            Double(statistics.documents)
        }
        metrics.registerGauge(name: "index_revision", help: "Revision of the index (as last seen by a worker).") {
            Double(statistics.revision)
        }
        return HTTPServer(configuration: configuration) { _ in
            let reader = try IndexReader(location: location)
            let refreshing = RefreshingReader(reader, interval: refreshInterval, statistics: statistics)
            return CaseAPI.makeRouter(reader: refreshing, context: LibraryContext(service: service, reviewerAccess: reviewerAccess), metrics: metrics)
        }
    }
}
