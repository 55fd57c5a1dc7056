import CaseServices
import Foundation

/// Makes the HTTP server for a library: one ``LibraryWorkspace`` and one ``CaseAPIHandler`` per
/// worker, shared ``Metrics`` with gauges for the index's document count and revision, and one
/// shared audit log.
public enum CaseAPIServer {
    /// Who may call the server.
    public struct Access: Sendable {
        /// The users file (see `UserStore`).
        public var usersFile: URL
        /// Serve reviewers when running for one local person without users (`--reviewer-access`).
        public var reviewerAccess: Bool
        /// The audit log (nil: not logged).
        public var audit: AuditLog?

        /// Makes the settings.
        public init(usersFile: URL = UserStore.defaultURL, reviewerAccess: Bool = false, audit: AuditLog? = nil) {
            self.usersFile = usersFile
            self.reviewerAccess = reviewerAccess
            self.audit = audit
        }
    }

    /// Creates (but does not start) a server over the library.
    ///
    /// Each worker opens its own workspace when the server starts; if the index cannot be opened,
    /// `HTTPServer.start()` throws.
    /// - Throws: ``ServiceError/refused(_:)`` when bound to a non-loopback address with no users;
    ///   ``ServiceError/badInput(_:)`` for an unreadable users file.
    public static func make(
        service: CaseLibraryService, configuration: HTTPServer.Configuration, refreshInterval: Double = 1,
        access: Access = Access()
    ) throws -> HTTPServer {
        var configuration = configuration
        let metrics = configuration.metrics ?? Metrics()
        configuration.metrics = metrics
        configuration.dedicatedPriorityWorker = true
        configuration.lane = CaseAPILanes.lane
        let statistics = IndexStatistics()
        metrics.registerGauge(name: "index_documents", help: "Documents in the index that members may see (as last seen by a worker).") {
            Double(statistics.documents)
        }
        metrics.registerGauge(name: "index_revision", help: "Revision of the index (as last seen by a worker).") {
            Double(statistics.revision)
        }
        let mode = try AccessControl.mode(host: configuration.host, usersFile: access.usersFile, reviewerAccess: access.reviewerAccess)
        let audit = access.audit
        return HTTPServer(configuration: configuration) { _ in
            let workspace = try LibraryWorkspace(library: service, refreshInterval: refreshInterval)
            if let status = try? workspace.session(for: .member).status() {
                statistics.update(documents: status.documents, revision: status.revision)
            }
            return CaseAPI.makeHandler(workspace: workspace, access: AccessControl(mode: mode), audit: audit,
                                       metrics: metrics, statistics: statistics)
        }
    }
}
