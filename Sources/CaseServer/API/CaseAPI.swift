import CaseLibrary
import CaseServices
import Foundation

/// The case library's HTTP API and web page, as a ``Router`` for one server worker.
///
/// Routes (see ``OpenAPIDocument`` for the full description):
/// `GET /healthz`, `GET /api/search`, `GET /api/records/{id}`, `GET /api/records/{id}/similar`,
/// `GET /metrics`, `GET /openapi.json`, and the page: `GET /`, `/assets/app.js`, `/assets/app.css`.
///
/// Handlers are thin: they read parameters, ask the worker's ``LibrarySession`` and render its
/// typed answer as JSON. The session decides what the caller may see; a session is confined to
/// its worker's thread, and so is the router.
public enum CaseAPI {
    /// Builds the router for one worker.
    ///
    /// - Parameters:
    ///   - session: The worker's own library session.
    ///   - metrics: Request metrics shared by every worker (rendered by `GET /metrics`).
    ///   - statistics: Where the index's size (as the session sees it) and revision are published.
    /// - Returns: A router with every API and page route.
    public static func makeRouter(session: LibrarySession, metrics: Metrics? = nil, statistics: IndexStatistics? = nil) -> Router {
        let router = Router(metrics: metrics)
        router.get("/healthz", name: "healthz") { _, _ in try health(session, statistics: statistics) }
        router.get("/api/search", name: "search") { request, _ in
            json(SearchJSON.page(try session.search(try SearchParameters.searchQuery(from: request))))
        }
        router.get("/api/records/{id}", name: "record") { request, parameters in
            let view = try session.record(id: parameters["id"] ?? "", includeHidden: try SearchParameters.flag(request, "all"))
            return json(RecordJSON.view(view))
        }
        router.get("/api/records/{id}/similar", name: "similar") { request, parameters in
            try LibraryRoutes.similar(request, id: parameters["id"] ?? "", session: session)
        }
        LibraryRoutes.register(on: router, session: session)
        router.get("/metrics", name: "metrics") { _, _ in
            if let status = try? session.status() { statistics?.update(documents: status.documents, revision: status.revision) }
            let text = metrics?.render() ?? ""
            return HTTPResponse(status: 200, headers: ["Content-Type": Metrics.contentType], body: Array(text.utf8))
        }
        router.get("/openapi.json", name: "openapi") { _, _ in .json(Data(OpenAPIDocument.json.utf8)) }
        WebAssets.register(on: router)
        return router
    }

    /// `{"status": "ok", "documents": N, "revision": R}` — N counts what the caller may see.
    static func health(_ session: LibrarySession, statistics: IndexStatistics?) throws -> HTTPResponse {
        let status: LibrarySession.IndexStatus
        do {
            status = try session.status()
        } catch {
            Router.log("health check failed: \(error)")
            throw APIError(status: 503, code: "index_unavailable", message: "索引暂时无法读取")
        }
        statistics?.update(documents: status.documents, revision: status.revision)
        return json(.object([
            ("status", .string("ok")), ("documents", .number(String(status.documents))),
            ("revision", .number(String(status.revision))),
        ]))
    }

    /// A 200 JSON response for a value.
    static func json(_ value: JSONValue) -> HTTPResponse {
        .json(Data(JSONWriter.compact(value).utf8))
    }
}
