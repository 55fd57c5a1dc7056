import CaseLibrary
import CaseServices
import Foundation
import Testing
import TestSupport

/// The API's printed documents: the compilation masks names and addresses, and a course pack comes
/// as a PDF with page numbers (checked with `pdftotext`).
@Suite("API: redaction of names in the compilation, course packs as PDF")
struct PrintedDocumentRouteTests {
    static var planted: [String: Any] { Fixtures.caseJSON(id: "2023-XH-0009", [
        "title": "申请公开对邻居的处罚决定书案", "request": "申请人王建国，住黄浦区福州路123弄4号502室，申请公开对其邻居的处罚决定书。",
    ]) }

    @Test func theCompilationMasksNamesAndAddresses() throws {
        let library = try TestLibrary(extra: [Self.planted])
        try "office = 某市公安局\n".write(to: library.directory.path("Cases/compilation.conf"), atomically: true, encoding: .utf8)
        let router = try library.router()
        for format in ["html", "md"] {
            let answer = try router.call("/api/compilations/2023?format=\(format)")
            #expect(answer.status == 200)
            #expect(!answer.text.contains("王建国") && !answer.text.contains("123弄"), "\(format)")
            #expect(answer.text.contains("申请人王某，住黄浦区福州路××"), "\(format)")
        }
    }

    @Test(.enabled(if: PDFPrinter.findChromium() != nil && ProjectPaths.which("pdftotext") != nil, "needs chromium and pdftotext"),
          .timeLimit(.minutes(3)))
    func aCoursePackComesAsAPDFWithPageNumbers() throws {
        let library = try TestLibrary(extra: [Self.planted])
        let body = #"""
            {"title": "依申请公开疑难问题专题培训", "sessions": [
              {"title": "第三方意见的征求", "records": ["2023-XH-0001", "2023-XH-0009"], "articles": ["《政府信息公开条例》第十五条"]},
              {"title": "再谈第三方意见", "records": ["2023-XH-0001"]}]}
            """#
        let answer = try library.router().post("/api/courses?format=pdf", body: body)
        #expect(answer.status == 200, "\(answer.text.prefix(300))")
        #expect(answer.contentType == "application/pdf")
        let pdf = library.directory.path("course.pdf")
        try Data(answer.response.body).write(to: pdf)
        let process = Process()
        process.executableURL = try #require(ProjectPaths.which("pdftotext"))
        process.arguments = ["-layout", pdf.path, library.directory.path("course.txt").path]
        try process.run()
        process.waitUntilExit()
        let text = try String(contentsOf: library.directory.path("course.txt"), encoding: .utf8)
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count >= 3)
        for (offset, page) in pages.enumerated() {
            let squeezed = page.filter { !$0.isWhitespace }
            #expect(squeezed.contains("第\(offset + 1)页共\(pages.count)页"), "page \(offset + 1): \(page.suffix(120))")
        }
        #expect(text.contains("见第一讲"), "the second session refers back to the first")
        #expect(!text.contains("王建国"))
    }
}
