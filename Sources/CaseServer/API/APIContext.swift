import CaseServices
import Foundation

/// What one worker's handlers share for the request in hand: the workspace, who is calling, and
/// what the audit line of this request will say. Confined to the worker's thread; reset before
/// every request.
final class APIContext {
    let workspace: LibraryWorkspace
    let access: AccessControl
    /// The caller, once identified.
    private(set) var viewer: Viewer?
    /// The record ids returned or touched.
    var records: [String] = []
    /// The query text.
    var query: String?
    /// How many results the caller received.
    var count: Int?

    init(workspace: LibraryWorkspace, access: AccessControl) {
        self.workspace = workspace
        self.access = access
    }

    func reset() {
        viewer = nil
        records = []
        query = nil
        count = nil
    }

    /// A session for the caller of `request`, who must hold `right`.
    /// - Throws: ``APIError`` 401 or 403.
    func session(_ request: HTTPRequest, _ right: Right) throws -> LibrarySession {
        let caller = try access.authenticate(request)
        viewer = caller
        guard caller.may(right) else {
            throw APIError(status: 403, code: "forbidden", message: "当前角色（\(caller.role.label)）无权执行此操作")
        }
        return workspace.session(for: caller)
    }

    /// Notes what a response returned, for the audit line.
    func note(records ids: [String], count: Int? = nil, query: String? = nil) {
        records += ids
        if let count { self.count = count }
        if let query { self.query = query }
    }
}

/// One worker's handler: the router, with the caller identified per request and an audit line
/// written (before the response leaves) for every request that reads records or writes anything.
public final class CaseAPIHandler: HTTPRequestHandler {
    /// The routes (for the OpenAPI check and tests).
    public let router: Router
    let context: APIContext
    let audit: AuditLog?

    init(router: Router, context: APIContext, audit: AuditLog?) {
        self.router = router
        self.context = context
        self.audit = audit
    }

    /// Answers a request; when the audit line cannot be written, answers 500 instead (nothing is
    /// served that is not logged).
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        context.reset()
        let (route, response) = router.respondNamingRoute(to: request)
        // Every API route reads records or writes (health, metrics, the document and the page are not under /api/).
        guard let audit, route != Router.unmatchedRouteName, request.path.hasPrefix("/api/") else { return response }
        let entry = AuditLog.Entry(
            time: Self.timestamp(), user: context.viewer?.name ?? "-", role: context.viewer?.role.rawValue ?? "-",
            method: request.method, route: route, records: context.records, query: context.query, count: context.count,
            status: response.status)
        do {
            try audit.append(entry)
            return response
        } catch {
            Router.log("审计日志写入失败：\(error)")
            return .error(status: 500, code: "audit_failed", message: "审计日志写入失败，请求未完成")
        }
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
