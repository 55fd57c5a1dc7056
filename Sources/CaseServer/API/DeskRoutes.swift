import CaseLibrary
import Foundation
import CaseServices

/// The answer desk's own routes: `GET /api/deadline` and `POST /api/precedents/report`.
enum DeskRoutes {
    static func register(on router: Router, api: APIContext) {
        router.get("/api/deadline", name: "deadline") { request, _ in try deadline(request, session: try api.session(request, .read)) }
        router.post("/api/precedents/report", name: "precedent_report") { request, _ in
            let session = try api.session(request, .read)
            let response = try report(request, session: session)
            api.note(records: [], query: try? JSONBody.string(try JSONBody.object(request), "text"))
            return response
        }
    }

    /// `POST /api/precedents/report?format=md|html` with the body of `POST /api/precedents`: the
    /// 类案检索报告 as a download (PDF is made by `caselib precedents --report F.pdf`, or by printing the HTML).
    static func report(_ request: HTTPRequest, session: LibrarySession) throws -> HTTPResponse {
        let format = request.queryValue("format") ?? "html"
        guard ["html", "md"].contains(format) else { throw APIError.invalidParameter("format", "应为 html 或 md") }
        let document = DeskReport.document(try session.desk(try LibraryRoutes.deskRequest(request)))
        let name = "类案检索报告.\(format)"
        let encodedName = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "report.\(format)"
        let (body, type) = format == "md" ? (document.markdown, "text/markdown; charset=utf-8") : (document.html, "text/html; charset=utf-8")
        return HTTPResponse(status: 200, headers: ["Content-Type": type, "Content-Disposition": "attachment; filename*=UTF-8''\(encodedName)"],
                            body: Array(body.utf8))
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
