import CaseLibrary
import CaseServices
import Foundation

/// `GET /api/reports/{year}?quarter=Q&format=html|csv3|csv4|json`: tables 三 and 四 of the annual
/// report (or a quarterly bulletin) counted from the library's application register.
enum ReportRoutes {
    static func register(on router: Router, api: APIContext) {
        router.get("/api/reports/{year}", name: "report") { request, parameters in
            try report(request, year: parameters["year"] ?? "", session: try api.session(request, .export))
        }
    }

    static func report(_ request: HTTPRequest, year yearText: String, session: LibrarySession) throws -> HTTPResponse {
        guard let year = Int(yearText) else { throw APIError.invalidParameter("year", "应为年份，例如 2023") }
        let quarter = try request.queryValue("quarter").map { text -> Int in
            guard let quarter = Int(text), (1...4).contains(quarter) else { throw APIError.invalidParameter("quarter", "应为 1、2、3 或 4") }
            return quarter
        }
        let format = request.queryValue("format") ?? "html"
        guard ["html", "csv3", "csv4", "json"].contains(format) else {
            throw APIError.invalidParameter("format", "应为 html、csv3、csv4 或 json")
        }
        let root = session.library.folder.root
        let report: AnnualReport
        do {
            report = try session.annualReport(year: year, quarter: quarter)
        } catch let error as ServiceError {
            if case .badInput(let message) = error { throw APIError.invalidParameter(quarter == nil ? "year" : "year/quarter", message) }
            throw error
        }
        if format == "json" { return CaseAPI.json(AnnualReportJSON.report(report)) }
        guard report.failedChecks.isEmpty else {
            let failed = report.failedChecks.map { "\($0.name)：\($0.figures)" }.joined(separator: "；")
            throw APIError(status: 422, code: "checks_failed", message: "报表核对不符，不能使用：\(failed)")
        }
        switch format {
        case "csv3": return csv(AnnualReportCSV.table3(report), name: "table3.csv")
        case "csv4": return csv(AnnualReportCSV.table4(report), name: "table4.csv")
        default:
            let office = (try? CompilationConfig.load(libraryRoot: root))?.office
            return LibraryRoutes.text(AnnualReportHTML().render(report, office: office), type: "text/html; charset=utf-8")
        }
    }

    private static func csv(_ text: String, name: String) -> HTTPResponse {
        HTTPResponse(
            status: 200, headers: ["Content-Type": "text/csv; charset=utf-8", "Content-Disposition": "attachment; filename=\"\(name)\""],
            body: Array(text.utf8))
    }
}
