import CaseServer
import Foundation
import Testing
import TestSupport

/// The answer desk over HTTP in-process: `POST /api/precedents` answers `suggestion`, `articles` and
/// `deadline` beside `results`; `GET /api/deadline`; filters; Chinese messages with stable codes.
@Suite("API: the answer desk and GET /api/deadline in-process")
struct DeskRouteTests {
    /// A library with the shipped holiday calendar copied in.
    private func router() throws -> TestRouter {
        let library = try TestLibrary()
        let calendar = try String(contentsOf: ProjectPaths.root.appendingPathComponent("Cases/holidays.txt"), encoding: .utf8)
        _ = try library.directory.write(calendar, to: "Cases/holidays.txt")
        return try library.router()
    }

    @Test func precedentsComeWithTheSuggestionTheArticlesAndTheDeadline() throws {
        let body = #"{"text": "张某要派出所对邻居作出的行政处罚决定书，用于民事诉讼", "received": "2024-09-20", "paused": ["2024-09-23..2024-09-27"]}"#
        let answer = try router().post("/api/precedents", body: body)
        #expect(answer.status == 200)
        let suggestion = try #require(answer.json["suggestion"] as? [String: Any])
        let text = try #require(suggestion["text"] as? String)
        #expect(text.hasPrefix("前") && text.contains("例"))
        let groups = try #require(suggestion["groups"] as? [[String: Any]])
        let ids = Set(answer.results.compactMap { $0["id"] as? String })
        for group in groups {
            let cases = try #require(group["cases"] as? [String])
            #expect(!cases.isEmpty && Set(cases).isSubset(of: ids))
            #expect(group["response"] is String && group["share"] is NSNumber)
        }
        let articles = try #require(answer.json["articles"] as? [[String: Any]])
        for article in articles {
            for key in ["law", "article", "version", "text", "cases"] { #expect(article.keys.contains(key), "article member \(key)") }
        }
        let deadline = try #require(answer.json["deadline"] as? [String: Any])
        #expect(deadline["due"] as? String == "2024-10-30", "five consultation days added to 2024-10-23")
        #expect(answer.results.allSatisfy { ["unchallenged", "upheld", "corrected", "other"].contains($0["status"] as? String ?? "") })
    }

    @Test func theDeadlineEndpointAnswersTheDueDate() throws {
        let router = try router()
        #expect(try router.call("/api/deadline?received=2024-09-20").json["due"] as? String == "2024-10-23")
        #expect(try router.call("/api/deadline?received=2024-09-20&extended=1").json["due"] as? String == "2024-11-20")
        #expect(try router.call("/api/deadline?received=2024-03-01&corrected=2024-03-11").json["due"] as? String == "2024-04-09")
        let paused = try router.call("/api/deadline?received=2024-05-06&paused=2024-05-13..2024-05-24")
        #expect(paused.json["due"] as? String == "2024-06-17")
        #expect(paused.json["paused_working_days"] as? Int == 10)
        let twice = try router.call("/api/deadline?received=2024-05-06&paused=2024-05-13..2024-05-17&paused=2024-05-20..2024-05-24")
        #expect(twice.json["due"] as? String == "2024-06-17", "repeated periods add up")
    }

    @Test(arguments: [
        ("/api/deadline", "invalid_parameter", "received"), ("/api/deadline?received=2024-13-01", "invalid_parameter", "YYYY-MM-DD"),
        ("/api/deadline?received=2024-09-20&paused=2024-09-27..2024-09-23", "invalid_parameter", "晚于"),
        ("/api/deadline?received=2021-09-20", "invalid_input", "不在节假日日历的年份内"),
        ("/api/deadline?received=2024-09-20&extended=yes", "invalid_parameter", "extended"),
    ])
    func badDatesAreRefusedInChinese(target: String, code: String, fragment: String) throws {
        let answer = try router().call(target)
        #expect(answer.status == 400)
        #expect(answer.errorCode == code)
        #expect(answer.errorMessage.contains(fragment), "\(answer.errorMessage)")
    }

    @Test func withoutACalendarTheDeadlineIsNotFound() throws {
        let answer = try TestLibrary().router().call("/api/deadline?received=2024-09-20")
        #expect(answer.status == 404)
        #expect(answer.errorMessage.contains("节假日日历"))
    }

    @Test func filtersFilterAndBadFiltersNameTheirField() throws {
        let router = try router()
        let filtered = try router.post("/api/precedents", body: #"{"text": "行政处罚决定书", "status": ["corrected"]}"#)
        #expect(filtered.status == 200 && !filtered.results.isEmpty)
        #expect(filtered.results.allSatisfy { $0["status"] as? String == "corrected" })
        let categories = try router.post("/api/precedents", body: #"{"text": "户籍底册 行政处罚决定书", "filter_category": "历史信息类"}"#)
        #expect(!categories.results.isEmpty && categories.results.allSatisfy { $0["category"] as? String == "历史信息类" })
        for (body, field) in [(#"{"text": "处罚", "status": "maybe"}"#, "status"), (#"{"text": "处罚", "filter_category": "无此类"}"#, "filter_category"),
                              (#"{"text": "处罚", "year": "20x"}"#, "year"), (#"{"text": "处罚", "received": "yesterday"}"#, "received")] {
            let answer = try router.post("/api/precedents", body: body)
            #expect(answer.status == 400, "\(body)")
            #expect(answer.errorMessage.contains(field), "\(answer.errorMessage)")
        }
    }

    @Test func applicationsUpToTwentyThousandCharactersAreAccepted() throws {
        let text = String(repeating: "申请公开处罚决定书。", count: 2000)
        let ok = try router().post("/api/precedents", body: "{\"text\": \"\(text)\"}")
        #expect(ok.status == 200)
        let tooLong = try router().post("/api/precedents", body: "{\"text\": \"\(text)x\"}")
        #expect(tooLong.status == 400 && tooLong.errorMessage.contains("最多 20000 字"))
    }

    @Test func theReportDownloadsAsMarkdownOrHTML() throws {
        let router = try router()
        let body = #"{"text": "张某要派出所对邻居作出的行政处罚决定书，用于民事诉讼", "received": "2024-09-20"}"#
        let markdown = try router.post("/api/precedents/report?format=md", body: body)
        #expect(markdown.status == 200)
        #expect(markdown.contentType.hasPrefix("text/markdown"))
        #expect(markdown.response.headers["Content-Disposition"]?.contains("attachment") == true)
        let text = String(decoding: markdown.response.body, as: UTF8.self)
        #expect(text.hasPrefix("# 类案检索报告") && text.contains("应于 2024-10-23（星期三）前答复") && text.contains(TestLibrary.correctedCase))
        let html = try router.post("/api/precedents/report", body: body)
        #expect(html.contentType.hasPrefix("text/html"))
        #expect(String(decoding: html.response.body, as: UTF8.self).contains("<h1>类案检索报告</h1>"))
        let bad = try router.post("/api/precedents/report?format=docx", body: body)
        #expect(bad.status == 400 && bad.errorMessage.contains("html 或 md"))
    }
}
