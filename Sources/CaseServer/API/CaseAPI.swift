import CaseIndex
import CaseLibrary
import CaseServices
import Foundation

/// The case library's HTTP API and web page, as a ``Router`` for one server worker.
///
/// Routes (see ``OpenAPIDocument`` for the full description):
/// `GET /healthz`, `GET /api/search`, `GET /api/records/{id}`, `GET /api/records/{id}/similar`,
/// `GET /metrics`, `GET /openapi.json`, and the page: `GET /`, `/assets/app.js`, `/assets/app.css`.
///
/// Handlers are thin: they validate parameters, call the index, and shape JSON. Each worker owns
/// its reader, so a router is confined to that worker's thread.
public enum CaseAPI {
    /// Builds the router for one worker.
    ///
    /// - Parameters:
    ///   - reader: The worker's own reader, refreshed before requests at most once per its interval.
    ///   - metrics: Request metrics shared by every worker (rendered by `GET /metrics`).
    /// - Returns: A router with every API and page route.
    public static func makeRouter(reader: RefreshingReader, context: LibraryContext, metrics: Metrics? = nil) -> Router {
        let router = Router(metrics: metrics)
        router.get("/healthz", name: "healthz") { _, _ in try health(reader.reader) }
        router.get("/api/search", name: "search") { request, _ in try search(request, reader.reader, context: context) }
        router.get("/api/records/{id}", name: "record") { request, parameters in
            let id = parameters["id"] ?? ""
            let details = try RecordDetails.json(
                id: id, includeHidden: try SearchParameters.includeHidden(request, allowed: context.reviewerAccess),
                reader: reader.reader, linker: context.linker)
            return json(details)
        }
        router.get("/api/records/{id}/similar", name: "similar") { request, parameters in
            try LibraryRoutes.similar(request, id: parameters["id"] ?? "", reader: reader.reader, context: context)
        }
        LibraryRoutes.register(on: router, reader: reader, context: context)
        ReportRoutes.register(on: router, context: context)
        router.get("/metrics", name: "metrics") { _, _ in
            _ = reader.reader
            reader.publish()
            let text = metrics?.render() ?? ""
            return HTTPResponse(status: 200, headers: ["Content-Type": Metrics.contentType], body: Array(text.utf8))
        }
        router.get("/openapi.json", name: "openapi") { _, _ in .json(Data(OpenAPIDocument.json.utf8)) }
        WebAssets.register(on: router)
        return router
    }

    /// `{"status": "ok", "documents": N, "revision": R}`.
    static func health(_ reader: IndexReader) throws -> HTTPResponse {
        let documents: Int
        let revision: UInt64
        do {
            documents = try reader.documentCount
            revision = try reader.revision
        } catch {
            Router.log("health check failed: \(error)")
            throw APIError(status: 503, code: "index_unavailable", message: "the index cannot be read")
        }
        return json(.object([
            ("status", .string("ok")), ("documents", .number(String(documents))), ("revision", .number(String(revision))),
        ]))
    }

    /// `GET /api/search`: the core's search as ``SearchJSON/results(_:offset:limit:)``.
    static func search(_ request: HTTPRequest, _ reader: IndexReader, context: LibraryContext) throws -> HTTPResponse {
        let search = try SearchParameters.searchRequest(from: request, hiddenAllowed: context.reviewerAccess)
        let results = try APIError.mappingQueryErrors { try reader.search(search) }
        return json(SearchJSON.results(results, offset: search.offset, limit: search.limit))
    }

    /// A 200 JSON response for a value.
    static func json(_ value: JSONValue) -> HTTPResponse {
        .json(Data(JSONWriter.compact(value).utf8))
    }
}
