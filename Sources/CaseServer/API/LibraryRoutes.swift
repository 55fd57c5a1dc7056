import CaseLibrary
import CaseServices
import Foundation

/// The routes over the library's services: precedents, similar cases, the yearly compilation,
/// course packs, statute search and the cases citing a statute article.
enum LibraryRoutes {
    /// The longest application text accepted.
    static let maxApplicationLength = 20_000

    static func register(on router: Router, api: APIContext) {
        router.post("/api/precedents", name: "precedents") { request, _ in try precedents(request, api: api) }
        router.get("/api/compilations/{year}", name: "compilation") { request, parameters in
            try compilation(request, year: parameters["year"] ?? "", session: try api.session(request, .export))
        }
        router.post("/api/courses", name: "courses") { request, _ in try course(request, session: try api.session(request, .buildCourses)) }
        router.get("/api/statutes/search", name: "statute_search") { request, _ in try statuteSearch(request, api: api) }
        router.get("/api/statutes/{law}/{article}/cases", name: "statute_cases") { request, parameters in
            let session = try api.session(request, .read)
            let law = parameters["law"] ?? ""
            guard !law.isEmpty, law.count <= 100 else { throw APIError.invalidParameter("law", "应写明法规名称") }
            let citing = try session.casesCiting(law: law, article: parameters["article"] ?? "",
                                                 includeHidden: try SearchParameters.flag(request, "all"))
            api.note(records: citing.cases.map(\.id), count: citing.cases.count)
            return CaseAPI.json(CitationJSON.citing(citing))
        }
        DeskRoutes.register(on: router, api: api)
    }

    /// `POST /api/precedents` with `{"text", "category"?, "response"?, "limit"?}` — `category` and
    /// `response` lift matching cases (boosts) — and the filters `filter_category`, `filter_response`,
    /// `status`, `regime`, `year`, `unit`; `date` (the application's date, for statute versions) and
    /// the deadline's `received`, `corrected`, `extended`, `paused`. Answers the desk: `results`
    /// beside `suggestion`, `articles` and `deadline`.
    static func precedents(_ request: HTTPRequest, api: APIContext) throws -> HTTPResponse {
        let session = try api.session(request, .read)
        let desk = try deskRequest(request)
        let answer = try session.desk(desk)
        api.note(records: answer.precedents.map(\.record.id), count: answer.precedents.count, query: desk.precedents.text)
        return CaseAPI.json(DeskJSON.answer(answer))
    }

    /// The desk request of a `POST /api/precedents` body (also read by the report route).
    static func deskRequest(_ request: HTTPRequest) throws -> DeskRequest {
        let body = try JSONBody.object(request)
        guard let text = try JSONBody.string(body, "text"), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.invalidField("text", "请填写申请内容")
        }
        guard text.count <= maxApplicationLength else { throw APIError.invalidField("text", "最多 \(maxApplicationLength) 字") }
        var search = PrecedentFinder.Request(text: text)
        search.category = try JSONBody.string(body, "category").flatMap { $0.isEmpty ? nil : $0 }
        search.response = try JSONBody.string(body, "response").flatMap { $0.isEmpty ? nil : $0 }
        search.limit = try JSONBody.integer(body, "limit", default: 10, range: 1...50)
        search.includeHidden = try SearchParameters.flag(request, "all")
        search.filters = try DeskParameters.filters(body)
        var desk = DeskRequest(precedents: search)
        if let date = try JSONBody.string(body, "date"), !date.isEmpty { desk.date = try DeskParameters.day(date, "date").description }
        desk.deadline = try DeskParameters.deadline(received: try JSONBody.string(body, "received"),
                                                    corrected: try JSONBody.string(body, "corrected"),
                                                    extended: try DeskParameters.flag(body, "extended"),
                                                    paused: try DeskParameters.strings(body, "paused"))
        return desk

    }

    /// `GET /api/records/{id}/similar`: cases like this one, by the precedent ranking.
    static func similar(_ request: HTTPRequest, id: String, api: APIContext) throws -> HTTPResponse {
        let session = try api.session(request, .read)
        let limit = try SearchParameters.integer(request, "limit", default: 10, range: 1...SearchParameters.maxLimit)
        let results = try session.similar(to: id, limit: limit, includeHidden: try SearchParameters.flag(request, "all"))
        api.note(records: [id] + results.map(\.record.id), count: results.count)
        return CaseAPI.json(.object([("id", .string(id)), ("results", .array(results.map(PrecedentJSON.result)))]))
    }

    /// `GET /api/compilations/{year}?format=html|md|csv` — always redacted.
    static func compilation(_ request: HTTPRequest, year yearText: String, session: LibrarySession) throws -> HTTPResponse {
        guard let year = Int(yearText), (1900...2999).contains(year) else { throw APIError.invalidParameter("year", "应为年份，例如 2024") }
        let format = request.queryValue("format") ?? "html"
        guard ["html", "md", "csv"].contains(format) else { throw APIError.invalidParameter("format", "应为 html、md 或 csv") }
        let compilation = try session.compilation(year: year)
        switch format {
        case "md": return text(MarkdownRenderer().render(compilation), type: "text/markdown; charset=utf-8")
        case "csv": return text(StatisticsCSVRenderer().render(compilation.statistics), type: "text/csv; charset=utf-8")
        default: return text(HTMLRenderer().render(compilation), type: "text/html; charset=utf-8")
        }
    }

    /// `POST /api/courses?format=html|md|pdf` with a course spec as JSON; answers the pack (the PDF
    /// with page numbers, printed by headless Chromium).
    static func course(_ request: HTTPRequest, session: LibrarySession) throws -> HTTPResponse {
        let format = request.queryValue("format") ?? "html"
        guard ["html", "md", "pdf"].contains(format) else { throw APIError.invalidParameter("format", "应为 html、md 或 pdf") }
        let body = try JSONBody.value(request)
        let pack = try session.course(json: body)
        if format == "pdf" {
            do {
                return HTTPResponse(status: 200, headers: ["Content-Type": "application/pdf"], body: try CoursePack.pdfData(pack.course))
            } catch {
                throw error.serviceError
            }
        }
        return format == "md" ? text(pack.markdown, type: "text/markdown; charset=utf-8") : text(pack.html, type: "text/html; charset=utf-8")
    }

    /// `GET /api/statutes/search?q=&limit=`: the statute articles that answer a practical question.
    static func statuteSearch(_ request: HTTPRequest, api: APIContext) throws -> HTTPResponse {
        let session = try api.session(request, .read)
        guard let question = request.queryValue("q"), !question.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.invalidParameter("q", "请填写问题")
        }
        guard question.count <= 2000 else { throw APIError.invalidParameter("q", "最多 2000 字") }
        let limit = try SearchParameters.integer(request, "limit", default: 10, range: 1...50)
        let results = try session.statutes(answering: question, limit: limit)
        api.note(records: results.map(\.id), count: results.count, query: question)
        return CaseAPI.json(StatuteJSON.results(results))
    }

    static func text(_ body: String, type: String) -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["Content-Type": type], body: Array(body.utf8))
    }
}
