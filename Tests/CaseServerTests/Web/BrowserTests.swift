import CaseServer
import Foundation
import Glibc
import Testing
import TestSupport

/// The page in headless Chromium against a real server. Skipped only when `chromium` is absent.
@Suite(
    "Web page in headless Chromium",
    .enabled(if: ProjectPaths.which("chromium") != nil, "chromium is not on PATH (install it with Tools/setup --test)"))
struct BrowserTests {
    static let hostileID = "2024-XSS-0001"
    static let hostileTitle = "申请公开<script>alert(1)</script>测试案"

    /// A library with a case whose title and request contain markup.
    static func library() throws -> TestLibrary {
        try TestLibrary(extra: [
            Fixtures.caseJSON(id: hostileID, [
                "title": hostileTitle, "year": 2024,
                "request": "申请人要求公开测试材料<img src=x onerror=alert(2)>及其附件。",
            ])
        ])
    }

    @Test func searchResultsRenderWithRecordTextEscapedNotExecuted() throws {
        let library = try Self.library()
        let server = try library.startServer()
        defer { server.shutDown() }
        let url = "http://127.0.0.1:\(server.port)/?q=\(encoded("测试"))"
        let dom = try Chromium.dumpDOM(url, profile: library.directory.path("profile"))
        let results = try #require(Self.element(id: "results", in: dom), "no results list in: \(dom.prefix(2000))")
        #expect(results.contains("class=\"result\""))
        #expect(results.contains("申请公开&lt;script&gt;alert(1)&lt;/script&gt;测试案"))
        #expect(!dom.contains("<script>alert(1)"))
        #expect(!dom.contains("<img src=\"x\""))
        #expect(results.contains("<mark>测试</mark>"))
        #expect(dom.contains("共 1 条"))
    }

    @Test func recordViewShowsTheCaseWithItsOutcomesAndTheCorrectedFlag() throws {
        let library = try Self.library()
        let server = try library.startServer()
        defer { server.shutDown() }
        let base = "http://127.0.0.1:\(server.port)/"
        let corrected = try Chromium.dumpDOM(base + "#/records/\(TestLibrary.correctedCase)", profile: library.directory.path("p1"))
        #expect(corrected.contains("【被纠正】"))
        #expect(corrected.contains("徐汇区人民法院"))
        #expect(corrected.contains("相似案例"))
        let hostile = try Chromium.dumpDOM(base + "#/records/\(Self.hostileID)", profile: library.directory.path("p2"))
        #expect(hostile.contains("申请公开&lt;script&gt;alert(1)&lt;/script&gt;测试案"))
        #expect(hostile.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!hostile.contains("<script>alert(1)"))
    }

    @Test func emptyResultAndErrorsAreExplained() throws {
        let library = try Self.library()
        let server = try library.startServer()
        defer { server.shutDown() }
        let base = "http://127.0.0.1:\(server.port)/"
        let empty = try Chromium.dumpDOM(base + "?q=\(encoded("不存在的词语组合"))", profile: library.directory.path("p1"))
        #expect(empty.contains("没有找到"))
        let broken = try Chromium.dumpDOM(base + "?q=\(encoded("\"未闭合"))", profile: library.directory.path("p2"))
        #expect(broken.contains("检索出错"))
        #expect(broken.contains("引号未闭合"))
    }

    @Test func precedentFormListsPrecedentsWithTheCorrectedFlag() throws {
        let library = try Self.library()
        let server = try library.startServer()
        defer { server.shutDown() }
        let url = "http://127.0.0.1:\(server.port)/#/precedents?text=\(encoded("张某要派出所对邻居作出的行政处罚决定书，用于民事诉讼"))"
        let dom = try Chromium.dumpDOM(url, profile: library.directory.path("profile"))
        #expect(dom.contains("申请公开对邻居的治安行政处罚决定书案"), "a precedent's title is listed")
        #expect(dom.contains("被纠正"), "the corrected precedent carries its flag")
        #expect(!dom.contains("[object Object]"))
    }

    @Test func screenshotIsSaved() throws {
        let library = try Self.library()
        let server = try library.startServer()
        defer { server.shutDown() }
        let png = library.directory.path("page.png")
        let url = "http://127.0.0.1:\(server.port)/?q=\(encoded("行政处罚决定书"))"
        try Chromium.screenshot(url, to: png, profile: library.directory.path("profile"))
        let size = (try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 1000)
        if let keep = ProcessInfo.processInfo.environment["CASELIB_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: png, to: URL(fileURLWithPath: keep))
        }
    }

    /// The outer HTML of the element with `id` (up to its matching `</ol>`), or nil.
    static func element(id: String, in dom: String) -> String? {
        guard let start = dom.range(of: "id=\"\(id)\"") else { return nil }
        let rest = dom[start.lowerBound...]
        guard let end = rest.range(of: "</ol>") else { return nil }
        return String(rest[..<end.upperBound])
    }
}
