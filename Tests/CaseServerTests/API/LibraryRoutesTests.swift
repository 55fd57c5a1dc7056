import CaseServer
import Foundation
import Testing
import TestSupport

/// Helpers for the routes that read a JSON body or the library folder.
extension TestRouter {
    /// Sends `POST target` with `body` through the router and parses the JSON answer.
    func post(_ target: String, body: String) throws -> APIResponse {
        try withExtendedLifetime(library) {
            let headers: HTTPHeaders = ["Content-Type": "application/json"]
            let response = router.respond(to: try HTTPRequest(method: "POST", target: target, headers: headers, body: Array(body.utf8)))
            let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
            return APIResponse(status: response.status, response: response, json: object ?? [:])
        }
    }
}

extension APIResponse {
    /// The `Content-Type` header.
    var contentType: String { response.headers["Content-Type"] ?? "" }
    /// The `results` array of a precedents or similar answer.
    var results: [[String: Any]] { json["results"] as? [[String: Any]] ?? [] }
}

@Suite("API: POST /api/precedents and GET /api/records/{id}/similar in-process")
struct PrecedentRouteTests {
    static let application = #"{"text": "张某要派出所对邻居作出的行政处罚决定书，用于民事诉讼", "limit": 5}"#

    @Test func precedentsHaveTheDocumentedShape() throws {
        let answer = try TestLibrary().router().post("/api/precedents", body: Self.application)
        #expect(answer.status == 200)
        #expect(answer.json["count"] as? Int == answer.results.count)
        let first = try #require(answer.results.first)
        for key in ["id", "kind", "title", "score", "relevance", "legal_basis", "outcomes", "status", "corrected", "passages", "why"] {
            #expect(first[key] != nil, "precedent member \(key)")
        }
        let why = try #require(first["why"] as? [String: Any])
        for key in ["terms", "phrases", "fields", "boosts"] { #expect(why[key] is [Any], "why.\(key)") }
        let passages = try #require(first["passages"] as? [[String: Any]])
        #expect(passages.allSatisfy { $0["field"] is String && $0["html"] is String })
        let ids = answer.results.compactMap { $0["id"] as? String }
        #expect(!ids.contains(TestLibrary.draftCase), "hidden drafts are never precedents")
    }

    @Test func correctedPrecedentCarriesTheFlagTheWarningAndItsHistory() throws {
        let answer = try TestLibrary().router().post("/api/precedents", body: Self.application)
        let corrected = try #require(answer.results.first { $0["id"] as? String == TestLibrary.correctedCase })
        #expect(corrected["corrected"] as? Bool == true)
        #expect(corrected["status"] as? String == "corrected")
        let warning = try #require(corrected["warning"] as? String)
        #expect(warning.contains("已被纠正") && warning.contains("徐汇区人民法院"))
        let outcomes = try #require(corrected["outcomes"] as? [[String: Any]])
        #expect(outcomes.map { $0["id"] as? String } == [TestLibrary.earlierOutcome, TestLibrary.laterOutcome])
        #expect(outcomes.last?["effect"] as? String == "corrected")
        let other = try #require(answer.results.first { $0["id"] as? String == TestLibrary.similarCase })
        #expect(other["corrected"] as? Bool == false)
        #expect(other["warning"] == nil)
    }

    @Test func categoryAndResponseAddTheirBoosts() throws {
        let body = #"{"text": "派出所对邻居作出的行政处罚决定书", "category": "行政处罚类", "response": "不予公开"}"#
        let answer = try TestLibrary().router().post("/api/precedents", body: body)
        #expect(answer.status == 200)
        let similar = try #require(answer.results.first { $0["id"] as? String == TestLibrary.similarCase })
        let boosts = ((similar["why"] as? [String: Any])?["boosts"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(boosts.contains("same category"))
        #expect(boosts.contains("same response"))
    }

    @Test(arguments: [
        (#"{}"#, "'text'"), (#"{"text": ""}"#, "'text'"), (#"{"text": "   "}"#, "'text'"), (#"{"text": 15}"#, "'text'"),
        (#"{"text": "行政处罚决定书", "limit": 0}"#, "'limit'"), (#"{"text": "行政处罚决定书", "limit": 51}"#, "'limit'"),
        (#"{"text": "行政处罚决定书", "limit": "5"}"#, "'limit'"), (#"{"text": "行政处罚决定书", "category": 3}"#, "'category'"),
    ])
    func badFieldIsNamed(body: String, field: String) throws {
        let answer = try TestLibrary().router().post("/api/precedents", body: body)
        #expect(answer.status == 400)
        #expect(answer.errorCode == "invalid_field")
        #expect(answer.errorMessage.contains(field), "message: \(answer.errorMessage)")
    }

    @Test(arguments: ["", "not json", "[1, 2]", #"{"text": "未闭合"#])
    func bodyThatIsNotAJSONObjectIsInvalid(body: String) throws {
        let answer = try TestLibrary().router().post("/api/precedents", body: body)
        #expect(answer.status == 400)
        #expect(answer.errorCode == "invalid_body")
    }

    @Test func unknownCategoryOrResponseIsBadInput() throws {
        let router = try TestLibrary().router()
        let category = try router.post("/api/precedents", body: #"{"text": "行政处罚决定书", "category": "不存在类"}"#)
        #expect(category.status == 400)
        #expect(category.errorMessage.contains("category"))
        let response = try router.post("/api/precedents", body: #"{"text": "行政处罚决定书", "response": "驳回"}"#)
        #expect(response.status == 400)
        #expect(response.errorMessage.contains("response"))
    }

    @Test func similarAnswersPrecedentResultsWithoutTheRecordItself() throws {
        let answer = try TestLibrary().router().call("/api/records/\(TestLibrary.similarCase)/similar")
        #expect(answer.status == 200)
        let ids = answer.results.compactMap { $0["id"] as? String }
        #expect(!ids.contains(TestLibrary.similarCase))
        #expect(!ids.contains(TestLibrary.draftCase))
        let corrected = try #require(answer.results.first { $0["id"] as? String == TestLibrary.correctedCase })
        #expect(corrected["corrected"] as? Bool == true)
        #expect(corrected["warning"] is String)
        #expect(corrected["score"] is Double || corrected["score"] is Int)
        #expect(corrected["why"] is [String: Any])
    }
}

@Suite("API: GET /api/compilations/{year} and POST /api/courses in-process")
struct CompilationAndCourseRouteTests {
    static func libraryWithOffice() throws -> TestLibrary {
        let library = try TestLibrary()
        try "office = 某市公安局\n".write(to: library.directory.path("Cases/compilation.conf"), atomically: true, encoding: .utf8)
        return library
    }

    @Test func compilationComesAsHTMLMarkdownAndCSV() throws {
        let router = try Self.libraryWithOffice().router()
        let html = try router.call("/api/compilations/2023")
        #expect(html.status == 200)
        #expect(html.contentType.hasPrefix("text/html"))
        #expect(html.text.contains("某市公安局"))
        let markdown = try router.call("/api/compilations/2023?format=md")
        #expect(markdown.status == 200)
        #expect(markdown.contentType.hasPrefix("text/markdown"))
        #expect(markdown.text.contains("某市公安局"))
        let csv = try router.call("/api/compilations/2023?format=csv")
        #expect(csv.status == 200)
        #expect(csv.contentType.hasPrefix("text/csv"))
        #expect(!csv.text.isEmpty)
    }

    @Test(arguments: ["/api/compilations/abc", "/api/compilations/20231", "/api/compilations/1800", "/api/compilations/2023?format=pdf"])
    func badYearOrFormatIsNamed(target: String) throws {
        let answer = try Self.libraryWithOffice().router().call(target)
        #expect(answer.status == 400)
        #expect(answer.errorCode == "invalid_parameter")
        #expect(answer.errorMessage.contains(target.contains("format") ? "'format'" : "'year'"))
    }

    @Test func compilationWithoutAnOfficeIsUnprocessable() throws {
        let answer = try TestLibrary().router().call("/api/compilations/2023")
        #expect(answer.status == 422)
        #expect(answer.errorCode == "refused")
        #expect(answer.errorMessage.contains("office"))
    }

    static let course = #"""
        {"title": "依申请公开疑难问题专题培训", "audience": "业务骨干", "date": "2026-12-15",
         "sessions": [{"title": "第三方意见的征求", "query": "第三方", "records": ["2023-XH-0001"], "limit": 2}]}
        """#

    @Test func coursePackComesAsHTMLAndMarkdownWithTheSessionTitle() throws {
        let router = try TestLibrary().router()
        let html = try router.post("/api/courses?format=html", body: Self.course)
        #expect(html.status == 200, "\(html.text.prefix(300))")
        #expect(html.contentType.hasPrefix("text/html"))
        #expect(html.text.contains("第三方意见的征求"))
        #expect(html.text.contains("依申请公开疑难问题专题培训"))
        let markdown = try router.post("/api/courses?format=md", body: Self.course)
        #expect(markdown.status == 200)
        #expect(markdown.contentType.hasPrefix("text/markdown"))
        #expect(markdown.text.contains("第三方意见的征求"))
    }

    @Test(arguments: [
        (#"{"title": "培训", "sessions": [{"title": "空课节"}]}"#, "没有指定材料"),
        (#"{"sessions": [{"title": "课节", "query": "第三方"}]}"#, "title"),
        (#"{"title": "培训", "sessions": []}"#, "至少需要一个课节"),
        (#"{"title": "培训", "sessions": [{"title": "课节", "query": "第三方", "limit": 99}]}"#, "sessions[0].limit"),
        (#"{"title": "培训", "colour": "red", "sessions": [{"title": "课节", "query": "第三方"}]}"#, "colour"),
        (#"{"title": "培训", "date": "2026-13-40", "sessions": [{"title": "课节", "query": "第三方"}]}"#, "date"),
    ])
    func badCourseSpecIsNamed(body: String, problem: String) throws {
        let answer = try TestLibrary().router().post("/api/courses", body: body)
        #expect(answer.status == 400)
        #expect(answer.errorMessage.contains(problem), "message: \(answer.errorMessage)")
    }

    @Test func courseRejectsABadFormatAndABodyThatIsNotJSON() throws {
        let router = try TestLibrary().router()
        // pdf became a format (issue 13); docx is still not one.
        let format = try router.post("/api/courses?format=docx", body: Self.course)
        #expect(format.status == 400)
        #expect(format.errorMessage.contains("'format'"))
        let body = try router.post("/api/courses", body: "title: 培训")
        #expect(body.status == 400)
        #expect(body.errorCode == "invalid_body")
    }
}
