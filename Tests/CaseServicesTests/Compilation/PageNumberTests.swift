import CaseLibrary
import Foundation
import Testing
import TestSupport

@testable import CaseServices

/// Page numbers in the printed compilation and course pack, checked in the real PDF with
/// `pdftotext` (poppler-utils): every page carries 第 N 页, and each table-of-contents entry names
/// the page its heading is printed on.
@Suite(
    .enabled(if: PDFPrinter.findChromium() != nil && ProjectPaths.which("pdftotext") != nil, "needs chromium and pdftotext"),
    .serialized, .timeLimit(.minutes(5)))
struct PageNumberTests {
    /// The text of each page of a PDF, from `pdftotext -layout`, split at form feeds.
    static func pages(_ pdf: URL) throws -> [String] {
        let process = Process()
        process.executableURL = try #require(ProjectPaths.which("pdftotext"))
        process.arguments = ["-layout", pdf.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var pages = String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// The page number a table-of-contents line ending in a number gives for `label`.
    static func tocPage(of label: String, in toc: String) -> Int? {
        guard let line = toc.split(separator: "\n").first(where: { $0.contains(label) }) else { return nil }
        return line.split(separator: " ").last.flatMap { Int($0) }
    }

    /// Every page's footer reads 第 N 页 共 M 页 (whitespace aside).
    static func expectFooters(_ pages: [String]) {
        for (offset, page) in pages.enumerated() {
            let squeezed = page.filter { !$0.isWhitespace }
            #expect(squeezed.contains("第\(offset + 1)页共\(pages.count)页"), "page \(offset + 1) has no page number: \(page.suffix(200))")
        }
    }

    @Test func everyCompilationPageIsNumberedAndTheContentsGiveTheRightPages() throws {
        let directory = try CompilationFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let compilation = try CompilationFixture.build(CompilationFixture.cases2023())
        let pdf = directory.appendingPathComponent("compilation.pdf")
        let placed = try PagedPDFPrinter(printer: PDFPrinter(timeout: 150)).print(
            render: { HTMLRenderer().render(compilation, pageNumbers: $0) }, to: pdf)
        let pages = try Self.pages(pdf)
        #expect(pages.count >= 5)
        Self.expectFooters(pages)
        let tocIndex = try #require(pages.firstIndex { $0.contains("目录") && $0.contains("附录一") })
        let toc = pages[tocIndex]
        #expect(placed["preface"] != nil && placed["statistics"] != nil)
        for compiled in compilation.cases {
            let page = try #require(Self.tocPage(of: compiled.number, in: toc), "no page for \(compiled.number) in \(toc)")
            #expect(page == placed[compiled.anchor])
            let printed = pages[page - 1]
            #expect(printed.contains(compiled.number) && printed.contains(String(compiled.title.prefix(8))),
                    "\(compiled.number) is not on page \(page)")
        }
        let appendix = try #require(Self.tocPage(of: "附录二", in: toc))
        #expect(pages[appendix - 1].contains("被纠正案例一览"))
        let preface = try #require(Self.tocPage(of: "编写说明", in: toc))
        #expect(pages[preface - 1].contains("入选范围"))
    }

    @Test func everyCoursePageIsNumberedAndReferencesBackNameThePage() throws {
        let directory = try CompilationFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let course = try CourseRepeatTests.repeatingCourse()
        let pdf = directory.appendingPathComponent("course.pdf")
        try CoursePack.printPDF(course, to: pdf, printer: PDFPrinter(timeout: 150))
        let pages = try Self.pages(pdf)
        Self.expectFooters(pages)
        let toc = try #require(pages.first { $0.contains("目录") })
        let second = try #require(Self.tocPage(of: "第二讲", in: toc))
        #expect(pages[second - 1].contains("第二讲"))
        // The second session refers back to the note printed in the first, with its page.
        let reference = try #require(pages[(second - 1)...].joined().firstMatch(of: /见第一讲，第\s*(\d+)\s*页/), "no reference back")
        let notePage = try #require(Int(reference.output.1))
        #expect(pages[notePage - 1].contains("第三方意见征求程序"))
    }
}
