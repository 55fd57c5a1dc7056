import CaseIndex
import CaseLibrary
import CaseServices
import Foundation

/// The routes that use the services over the library: precedents, similar cases, the yearly
/// compilation, course packs, and the cases citing a statute article.
enum LibraryRoutes {
    static func register(on router: Router, reader: RefreshingReader, context: LibraryContext) {
        router.post("/api/precedents", name: "precedents") { request, _ in
            try precedents(request, reader: reader.reader, context: context)
        }
        router.get("/api/compilations/{year}", name: "compilation") { request, parameters in
            try compilation(request, year: parameters["year"] ?? "", context: context)
        }
        router.post("/api/courses", name: "courses") { request, _ in try course(request, context: context) }
        router.get("/api/statutes/search", name: "statute_search") { request, _ in
            try statuteSearch(request, reader: reader.reader, context: context)
        }
        router.get("/api/statutes/{law}/{article}/cases", name: "statute_cases") { request, parameters in
            try statuteCases(request, law: parameters["law"] ?? "", article: parameters["article"] ?? "", context: context)
        }
    }

    /// `POST /api/precedents` with `{"text", "category"?, "response"?, "limit"?}`.
    static func precedents(_ request: HTTPRequest, reader: IndexReader, context: LibraryContext) throws -> HTTPResponse {
        let body = try JSONBody.object(request)
        guard let text = try JSONBody.string(body, "text"), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.invalidField("text", "the application text is required")
        }
        guard text.count <= 5000 else { throw APIError.invalidField("text", "at most 5000 characters") }
        var search = PrecedentFinder.Request(text: text)
        search.category = try JSONBody.string(body, "category").flatMap { $0.isEmpty ? nil : $0 }
        search.response = try JSONBody.string(body, "response").flatMap { $0.isEmpty ? nil : $0 }
        search.limit = try JSONBody.integer(body, "limit", default: 10, range: 1...50)
        let finder = PrecedentFinder(reader: reader, thesaurus: context.thesaurus)
        do {
            return CaseAPI.json(PrecedentJSON.results(try finder.find(search)))
        } catch let error as ServiceError {
            throw APIError.service(error)
        }
    }

    /// `GET /api/records/{id}/similar`: cases like this one, by the precedent ranking.
    static func similar(_ request: HTTPRequest, id: String, reader: IndexReader, context: LibraryContext) throws -> HTTPResponse {
        let includeHidden = try SearchParameters.includeHidden(request, allowed: context.reviewerAccess)
        let limit = try SearchParameters.integer(request, "limit", default: 10, range: 1...SearchParameters.maxLimit)
        _ = try RecordDetails.visibleRecord(id: id, includeHidden: includeHidden, reader: reader)
        let finder = PrecedentFinder(reader: reader, thesaurus: context.thesaurus)
        do {
            let results = try finder.similar(to: id, limit: limit)
            return CaseAPI.json(.object([("id", .string(id)), ("results", .array(results.map(PrecedentJSON.result)))]))
        } catch let error as ServiceError {
            throw APIError.service(error)
        }
    }

    /// `GET /api/compilations/{year}?format=html|md|csv` — always redacted: the service never hands
    /// out a raw identifier.
    static func compilation(_ request: HTTPRequest, year yearText: String, context: LibraryContext) throws -> HTTPResponse {
        guard let year = Int(yearText), (1900...2999).contains(year) else { throw APIError.invalidParameter("year", "must be a year such as 2024") }
        let format = request.queryValue("format") ?? "html"
        guard ["html", "md", "csv"].contains(format) else { throw APIError.invalidParameter("format", "must be html, md or csv") }
        let root = context.service.folder.root
        do {
            let options = try CompilationConfig.load(libraryRoot: root).options(redact: true)
            let compilation = try CompilationBuilder(provisionResolver: StatuteProvisionResolver())
                .build(records: context.service.folder.load().allRecords, year: year, options: options)
            switch format {
            case "md": return text(MarkdownRenderer().render(compilation), type: "text/markdown; charset=utf-8")
            case "csv": return text(StatisticsCSVRenderer().render(compilation.statistics), type: "text/csv; charset=utf-8")
            default: return text(HTMLRenderer().render(compilation), type: "text/html; charset=utf-8")
            }
        } catch let error as CompilationError {
            throw APIError(status: error.code == .invalidOptions ? 422 : 500, code: "compilation_failed", message: error.message)
        }
    }

    /// `POST /api/courses?format=html|md|pdf` with a course spec as JSON; answers the pack (the PDF
    /// with page numbers, printed by headless Chromium).
    static func course(_ request: HTTPRequest, context: LibraryContext) throws -> HTTPResponse {
        let format = request.queryValue("format") ?? "html"
        guard ["html", "md", "pdf"].contains(format) else { throw APIError.invalidParameter("format", "must be html, md or pdf") }
        let body = try JSONBody.value(request)
        let pack: CoursePack.Rendered
        switch buildCourse(body, service: context.service) {
        case let .success(built): pack = built
        case let .failure(error): throw APIError.service(error.serviceError)
        }
        if format == "pdf" {
            do {
                return HTTPResponse(status: 200, headers: ["Content-Type": "application/pdf"], body: try CoursePack.pdfData(pack.course))
            } catch {
                throw APIError.service(error.serviceError)
            }
        }
        return format == "md" ? text(pack.markdown, type: "text/markdown; charset=utf-8") : text(pack.html, type: "text/html; charset=utf-8")
    }

    private static func buildCourse(_ body: JSONValue, service: CaseLibraryService) -> Result<CoursePack.Rendered, CourseError> {
        Result { () throws(CourseError) -> CoursePack.Rendered in
            try CoursePack.build(try CourseSpec(json: body), service: service)
        }
    }

    /// `GET /api/statutes/search?q=&limit=`: the statute articles that answer a practical question.
    static func statuteSearch(_ request: HTTPRequest, reader: IndexReader, context: LibraryContext) throws -> HTTPResponse {
        guard let question = request.queryValue("q"), !question.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.invalidParameter("q", "the question is required")
        }
        guard question.count <= 2000 else { throw APIError.invalidParameter("q", "at most 2000 characters") }
        let limit = try SearchParameters.integer(request, "limit", default: 10, range: 1...50)
        do {
            return CaseAPI.json(StatuteJSON.results(try context.statuteFinder(reader: reader).find(question, limit: limit)))
        } catch let error as ServiceError {
            throw APIError.service(error)
        }
    }

    /// `GET /api/statutes/{law}/{article}/cases`: which cases applied this article.
    static func statuteCases(_ request: HTTPRequest, law: String, article: String, context: LibraryContext) throws -> HTTPResponse {
        guard !law.isEmpty, law.count <= 100 else { throw APIError.invalidParameter("law", "must name a law") }
        guard let linker = context.linker else {
            throw APIError(status: 404, code: "not_found", message: "the library has no statutes (Cases/statutes is empty)")
        }
        let records = context.service.folder.load().allRecords
        do {
            return CaseAPI.json(try CitationJSON.casesCiting(law: law, article: article, in: records, linker: linker,
                                                             includeHidden: try SearchParameters.includeHidden(request, allowed: context.reviewerAccess)))
        } catch let error as ServiceError {
            throw APIError.invalidParameter("article", error.description)
        }
    }

    static func text(_ body: String, type: String) -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["Content-Type": type], body: Array(body.utf8))
    }
}
