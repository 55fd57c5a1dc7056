import CaseServer
import Foundation
import Testing
import TestSupport

/// The precedent, record-citation, statute, compilation and course views in headless Chromium.
///
/// Views are driven by their addresses: `#/precedents?text=…`, `#/statutes/LAW/ARTICLE`,
/// `#/compilation?year=…` and `#/course?spec=<JSON>&active=N&build=1`. Two runs with the same
/// Chromium profile share `localStorage`, which is how the course draft reaches the search view.
@Suite(
    "Web page in headless Chromium: precedents, citations, compilation, course",
    .enabled(if: ProjectPaths.which("chromium") != nil, "chromium is not on PATH (install it with Tools/setup --test)"))
struct LibraryViewBrowserTests {
    static let application = "张某要派出所对邻居作出的行政处罚决定书，用于民事诉讼"

    static func base(_ server: HTTPServer) -> String { "http://127.0.0.1:\(server.port)/" }

    @Test(.enabled(if: StatuteCorpus.regulations != nil, "the statute corpus is absent"))
    func precedentViewListsTheStatuteArticlesThatAnswerTheApplication() throws {
        let library = try TestLibrary()
        try StatuteCorpus.install(in: library)
        try library.reindex()
        let server = try library.startServer()
        defer { server.shutDown() }
        let url = Self.base(server) + "#/precedents?text=\(encoded("申请公开的信息涉及第三方个人隐私，第三方不同意公开"))"
        let dom = try Chromium.dumpDOM(url, profile: library.directory.path("profile"))
        let related = try #require(BrowserTests.element(id: "related-statutes", in: dom), "no related statutes in: \(dom.prefix(2000))")
        #expect(related.contains("政府信息公开条例"), "\(related.prefix(800))")
        #expect(related.contains("<mark>"))
    }

    @Test func precedentCardsShowTheCorrectionHistoryPassagesAndWhy() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let url = Self.base(server) + "#/precedents?text=\(encoded(Self.application))&response=\(encoded("不予公开"))"
        let dom = try Chromium.dumpDOM(url, profile: library.directory.path("profile"))
        let results = try #require(BrowserTests.element(id: "precedents-results", in: dom), "no precedent list in: \(dom.prefix(2000))")
        #expect(results.contains("【被纠正】"))
        #expect(results.contains("此案答复已被纠正"), "the warning sentence")
        #expect(results.contains("badge status-corrected"))
        #expect(results.contains("2023-09-01</span> 一审 徐汇区人民法院 <strong>撤销</strong>"), "the outcome history")
        #expect(results.contains("为什么"))
        #expect(results.contains("同答复结果"), "the response boost, translated")
        #expect(results.contains("<mark>"), "passages keep their marks")
        #expect(results.contains("申请公开对邻居的治安行政处罚决定书案"))
        #expect(dom.contains("找到 "))
        #expect(!dom.contains("[object Object]"))
        #expect(!dom.contains("undefined"))
    }

    @Test func noPrecedentsAndBadInputAreExplained() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let none = try Chromium.dumpDOM(Self.base(server) + "#/precedents?text=xyzzy", profile: library.directory.path("p1"))
        #expect(none.contains("没有找到可参考的先例"))
        // 20001 characters (the limit is 20000), mostly ASCII so the address fits in one argument.
        let long = String(repeating: "处罚", count: 2600) + String(repeating: "x", count: 14_801)
        let error = try Chromium.dumpDOM(Self.base(server) + "#/precedents?text=\(encoded(long))", profile: library.directory.path("p2"))
        #expect(error.contains("查找先例出错"))
        #expect(error.contains("最多 20000 字"), "the API's message (issue 12 raised the limit from 5000)")
    }

    @Test(.enabled(if: StatuteCorpus.regulations != nil, "the statute corpus is absent"))
    func recordViewShowsTheCitedProvisionTextAndTheStatuteViewListsItsCases() throws {
        let library = try TestLibrary()
        try StatuteCorpus.install(in: library)
        let server = try library.startServer()
        defer { server.shutDown() }
        let record = try Chromium.dumpDOM(Self.base(server) + "#/records/\(TestLibrary.correctedCase)", profile: library.directory.path("p1"))
        #expect(record.contains("引用的法律条文"))
        #expect(record.contains("个人隐私"), "the provision's text")
        #expect(record.contains("2019-05-15"), "the version in force")
        #expect(record.contains("适用该条的案例"))
        let statute = try Chromium.dumpDOM(
            Self.base(server) + "#/statutes/\(encoded("政府信息公开条例"))/\(encoded("第十五条"))", profile: library.directory.path("p2"))
        #expect(statute.contains("共 2 个案例适用"))
        #expect(statute.contains("申请公开对邻居的治安行政处罚决定书案"))
        #expect(!statute.contains("[object Object]"))
    }

    @Test func similarCasesShowTheirStatusAndScore() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let dom = try Chromium.dumpDOM(Self.base(server) + "#/records/\(TestLibrary.similarCase)/similar", profile: library.directory.path("p"))
        let list = try #require(dom.range(of: "similar-list").map { String(dom[$0.lowerBound...].prefix(3000)) })
        #expect(list.contains("【被纠正】"))
        #expect(list.contains("相关度"), "closeness in words (issue 12: no raw score on the page)")
        #expect(!list.contains("得分 "))
        #expect(!list.contains(">\(TestLibrary.similarCase)<"))
    }

    @Test func compilationOpensOrExplainsTheMissingOffice() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let missing = try Chromium.dumpDOM(Self.base(server) + "#/compilation?year=2023", profile: library.directory.path("p1"))
        #expect(missing.contains("无法生成汇编"))
        #expect(missing.contains("office"), "the API's message")
        #expect(missing.contains("/api/compilations/2023?format=md"), "the Markdown download link")
        try "office = 某市公安局\n".write(to: library.directory.path("Cases/compilation.conf"), atomically: true, encoding: .utf8)
        let made = try Chromium.dumpDOM(Self.base(server) + "#/compilation?year=2023", profile: library.directory.path("p2"))
        #expect(made.contains("2023 年度汇编已生成"))
        #expect(made.contains("在新标签页打开"))
    }

    static func courseURL(_ server: HTTPServer, spec: String, extra: String) -> String {
        base(server) + "#/course?spec=\(encoded(spec))\(extra)"
    }

    @Test func courseViewBuildsAPackFromASpecInTheAddress() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let spec = #"{"title": "依申请公开专题培训", "audience": "业务骨干", "sessions": [{"title": "第三方意见的征求", "query": "第三方", "records": ["2023-XH-0001"]}]}"#
        let dom = try Chromium.dumpDOM(Self.courseURL(server, spec: spec, extra: "&build=1"), profile: library.directory.path("p1"))
        #expect(dom.contains("课程包已生成"), "\(dom.prefix(3000))")
        #expect(dom.contains("download=\"依申请公开专题培训.html\""))
        #expect(dom.contains("href=\"blob:"))
        #expect(dom.contains("value=\"第三方意见的征求\""), "the session is in the form")
        #expect(dom.contains(">2023-XH-0001<"), "the picked record is listed")
        let bad = #"{"title": "培训", "sessions": [{"title": "空课节"}]}"#
        let failed = try Chromium.dumpDOM(Self.courseURL(server, spec: bad, extra: "&build=1"), profile: library.directory.path("p2"))
        #expect(failed.contains("无法生成课程包"))
        #expect(failed.contains("没有指定材料"), "the API's message, in Chinese (issue 12)")
    }

    @Test func courseBuilderHasArticlesAPDFButtonAndFlagsCorrectedCases() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let spec = #"{"title": "培训", "sessions": [{"title": "第三方意见", "records": ["2023-XH-0001"], "articles": ["《政府信息公开条例》第十五条"]}]}"#
        let dom = try Chromium.dumpDOM(Self.courseURL(server, spec: spec, extra: ""), profile: library.directory.path("p1"))
        #expect(dom.contains("value=\"《政府信息公开条例》第十五条\""), "the session's articles are in the form: \(dom.prefix(3000))")
        #expect(dom.contains("相关条文（可选，全文印出）"))
        #expect(dom.contains("id=\"course-pdf\""), "a PDF button")
        let records = try #require(BrowserTests.element(id: "course-sessions", in: dom))
        #expect(records.contains("【被纠正】"), "2023-XH-0001 was corrected in court: \(records.prefix(1500))")
        #expect(!dom.contains("undefined"))
    }

    @Test func searchResultsOfferToAddToTheActiveCourseSession() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let profile = library.directory.path("profile")
        let without = try Chromium.dumpDOM(Self.base(server) + "?q=\(encoded("行政处罚决定书"))", profile: library.directory.path("fresh"))
        #expect(!without.contains("加入课程："), "no button without an active session")
        let spec = #"{"title": "培训", "sessions": [{"title": "处罚决定书", "query": "处罚"}]}"#
        let course = try Chromium.dumpDOM(Self.courseURL(server, spec: spec, extra: "&active=0"), profile: profile)
        #expect(course.contains("（当前课节）"))
        let search = try Chromium.dumpDOM(Self.base(server) + "?q=\(encoded("行政处罚决定书"))", profile: profile)
        #expect(search.contains("加入课程：课节“处罚决定书”"))
    }

    @Test func precedentsScreenshotIsSaved() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let png = library.directory.path("precedents.png")
        let url = Self.base(server) + "#/precedents?text=\(encoded(Self.application))"
        try Chromium.screenshot(url, to: png, profile: library.directory.path("profile"))
        let size = (try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 1000)
        if let keep = ProcessInfo.processInfo.environment["CASELIB_KEEP_PRECEDENTS_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: png, to: URL(fileURLWithPath: keep))
        }
    }
}
