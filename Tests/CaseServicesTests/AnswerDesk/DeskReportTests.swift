import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

/// The 类案检索报告: what it says, in every format.
@Suite("类案检索报告: contents and formats")
struct DeskReportTests {
    private func answer() throws -> DeskAnswer {
        var request = PrecedentFinder.Request(text: SampleLibrary.victimsLawyer + "<script>alert(1)</script>", category: "行政处罚类")
        request.limit = 6
        request.filters.years = 2016...2026
        let deadline = AnswerDeadline.Request(received: try #require(CivilDay("2024-09-20")), corrected: nil, extended: true)
        return try SampleLibrary.session().desk(DeskRequest(precedents: request, deadline: deadline))
    }

    @Test func theReportSaysEverythingTheConsultationFileNeeds() throws {
        let answer = try answer()
        let markdown = DeskReport.document(answer).markdown
        #expect(markdown.hasPrefix("# 类案检索报告"))
        for heading in ["## 一、申请内容", "## 二、检索设置", "## 三、拟答复参考", "## 四、类案（6 例）", "## 五、适用条文", "## 六、答复期限"] {
            #expect(markdown.contains(heading), "\(heading)")
        }
        #expect(markdown.contains("> 本所律师受张某委托"), "the application text, quoted")
        #expect(markdown.contains("索引版本：\(answer.revision)") && markdown.contains("申请日期：2024-09-20"), "reproducible")
        #expect(markdown.contains("加权（只提升排序，不排除其他案例）：类别 行政处罚类"))
        #expect(markdown.contains("筛选（只保留符合条件的案例）：年份 2016–2026"))
        for result in answer.precedents {
            #expect(markdown.contains(result.record.id))
            #expect(markdown.contains("状态：\(result.history.status.label)"))
            for outcome in result.history.outcomes { #expect(markdown.contains("\(outcome.date ?? "") \(outcome.stage ?? "")")) }
        }
        #expect(markdown.contains("匹配依据："))
        #expect(markdown.contains(answer.suggestion.text.replacingOccurrences(of: "*", with: "\\*")))
        #expect(markdown.contains("不是答复决定"))
        #expect(markdown.contains("《中华人民共和国政府信息公开条例》第十五条（2019-05-15 施行版本）"))
        #expect(markdown.contains("应于 2024-11-20（星期三）前答复"), "40 working days from 2024-09-20 with the 国庆 week")
        #expect(!markdown.contains("<script>"), "Markdown escapes the application's markup")
    }

    @Test func htmlIsEscapedAndPrintable() throws {
        let html = DeskReport.document(try answer()).html
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<h2>六、答复期限</h2>"))
    }

    @Test func theFileFormatFollowsTheExtension() throws {
        let answer = try answer()
        let directory = TemporaryDirectory("desk-report")
        try DeskReport.write(answer, to: directory.path("报告.md"))
        try DeskReport.write(answer, to: directory.path("报告.html"))
        #expect(try String(contentsOf: directory.path("报告.md"), encoding: .utf8).hasPrefix("# 类案检索报告"))
        #expect(try String(contentsOf: directory.path("报告.html"), encoding: .utf8).hasPrefix("<!doctype html>"))
        #expect(throws: ServiceError.badInput("报告文件的扩展名应为 .md、.html 或 .pdf，收到 ‘报告.docx’")) {
            try DeskReport.write(answer, to: directory.path("报告.docx"))
        }
    }

    @Test(.enabled(if: PDFPrinter.findChromium() != nil, "chromium is not installed"))
    func aPDFIsPrintedWithChromium() throws {
        let directory = TemporaryDirectory("desk-report-pdf")
        let url = directory.path("report.pdf")
        try DeskReport.write(try answer(), to: url)
        let data = try Data(contentsOf: url)
        #expect(data.prefix(5) == Data("%PDF-".utf8))
        #expect(data.count > 10_000)
    }
}
