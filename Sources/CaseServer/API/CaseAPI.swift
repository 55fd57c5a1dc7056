import CaseLibrary
import CaseServices
import Foundation

/// The case library's HTTP API and web page for one server worker.
///
/// Routes (see ``OpenAPIDocument`` for the full description): `GET /healthz`, `GET /api/me`,
/// `GET /api/search`, `GET|PUT|DELETE /api/records/{id}`, `POST /api/records`,
/// `POST /api/records/{id}/review`, `GET /api/records/{id}/similar`, `GET /api/work`, and the
/// library routes (``LibraryRoutes``); `GET /metrics`, `GET /openapi.json`, and the page.
///
/// Handlers are thin: they identify the caller (``AccessControl``), make a ``LibrarySession``
/// for them over the worker's workspace, and render its typed answer as JSON. The session decides
/// what the caller may see.
public enum CaseAPI {
    /// Builds the handler for one worker.
    ///
    /// - Parameters:
    ///   - workspace: The worker's own workspace (open index, caches).
    ///   - access: How callers are identified (a users file, or the single local user).
    ///   - audit: Where every request that reads records or writes is logged (nil: not logged).
    ///   - metrics: Request metrics shared by every worker (rendered by `GET /metrics`).
    ///   - statistics: Where the index's size (as members see it) and revision are published.
    public static func makeHandler(workspace: LibraryWorkspace, access: AccessControl, audit: AuditLog? = nil,
                            metrics: Metrics? = nil, statistics: IndexStatistics? = nil) -> CaseAPIHandler {
        let api = APIContext(workspace: workspace, access: access)
        let router = Router(metrics: metrics)
        router.get("/healthz", name: "healthz") { _, _ in try health(workspace.session(for: .member), statistics: statistics) }
        router.get("/api/me", name: "me") { request, _ in
            let viewer = try api.session(request, .read).viewer
            return json(.object([
                ("name", .string(viewer.name)), ("role", .string(viewer.role.rawValue)), ("role_label", .string(viewer.role.label)),
                ("unit", viewer.unit.map(JSONValue.string) ?? .null),
                ("rights", .array(Right.allCases.filter(viewer.may).map { .string($0.rawValue) })),
            ]))
        }
        router.get("/api/search", name: "search") { request, _ in
            let query = try SearchParameters.searchQuery(from: request)
            let page = try api.session(request, .read).search(query)
            api.note(records: page.entries.map(\.summary.id), count: page.entries.count, query: query.text)
            return json(SearchJSON.page(page))
        }
        RecordRoutes.register(on: router, api: api)
        LibraryRoutes.register(on: router, api: api)
        ReportRoutes.register(on: router, api: api)
        router.get("/metrics", name: "metrics") { request, _ in
            _ = try api.session(request, .read)
            if let status = try? workspace.session(for: .member).status() {
                statistics?.update(documents: status.documents, revision: status.revision)
            }
            let text = metrics?.render() ?? ""
            return HTTPResponse(status: 200, headers: ["Content-Type": Metrics.contentType], body: Array(text.utf8))
        }
        router.get("/openapi.json", name: "openapi") { _, _ in .json(Data(OpenAPIDocument.json.utf8)) }
        WebAssets.register(on: router)
        return CaseAPIHandler(router: router, context: api, audit: audit)
    }

    /// `{"status": "ok", "documents": N, "revision": R}` — N counts what members may see.
    static func health(_ session: LibrarySession, statistics: IndexStatistics?) throws -> HTTPResponse {
        let status: LibrarySession.IndexStatus
        do {
            status = try session.status()
        } catch {
            Router.log("健康检查失败：\(error)")
            throw APIError(status: 503, code: "index_unavailable", message: "索引暂时无法读取")
        }
        statistics?.update(documents: status.documents, revision: status.revision)
        return json(.object([
            ("status", .string("ok")), ("documents", .number(String(status.documents))),
            ("revision", .number(String(status.revision))),
        ]))
    }

    /// A 200 JSON response for a value.
    static func json(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        var response = HTTPResponse.json(Data(JSONWriter.compact(value).utf8))
        response.status = status
        return response
    }
}
