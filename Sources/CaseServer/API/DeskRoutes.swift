import CaseLibrary
import CaseServices

/// The answer desk's own routes: `GET /api/deadline`.
enum DeskRoutes {
    static func register(on router: Router, session: LibrarySession) {
        router.get("/api/deadline", name: "deadline") { request, _ in try deadline(request, session: session) }
    }

    /// `GET /api/deadline?received=YYYY-MM-DD[&corrected=YYYY-MM-DD][&extended=1][&paused=A..B]…`.
    static func deadline(_ request: HTTPRequest, session: LibrarySession) throws -> HTTPResponse {
        guard let received = request.queryValue("received"), !received.isEmpty else {
            throw APIError.invalidParameter("received", "请填写收到申请的日期（YYYY-MM-DD）")
        }
        guard let asked = try DeskParameters.deadline(received: received, corrected: request.queryValue("corrected"),
                                                      extended: try SearchParameters.flag(request, "extended"),
                                                      paused: request.queryValues("paused")) else {
            throw APIError.invalidParameter("received", "请填写收到申请的日期（YYYY-MM-DD）")
        }
        return CaseAPI.json(DeskJSON.deadline(try session.deadline(asked)))
    }
}
