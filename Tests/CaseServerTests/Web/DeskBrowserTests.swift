import CaseServer
import Foundation
import Testing
import TestSupport

/// The answer desk and the narrow screen in headless Chromium, at 1400 px and at 400 px (a phone).
/// Screenshots go to `$CASELIB_SCREENSHOTS` when it is set (to look at), else to the test's folder.
@Suite(
    "Web page in headless Chromium: the answer desk, a phone's width",
    .enabled(if: ProjectPaths.which("chromium") != nil, "chromium is not on PATH (install it with Tools/setup --test)"))
struct DeskBrowserTests {
    static let application = "张某要派出所对邻居作出的行政处罚决定书，用于民事诉讼"

    private func library() throws -> TestLibrary {
        let library = try TestLibrary()
        let calendar = try String(contentsOf: ProjectPaths.root.appendingPathComponent("Cases/holidays.txt"), encoding: .utf8)
        _ = try library.directory.write(calendar, to: "Cases/holidays.txt")
        return library
    }

    private func dom(_ url: String, width: Int, profile: URL) throws -> String {
        try Chromium.run(["--window-size=\(width),900", "--dump-dom", url], profile: profile)
    }

    private func screenshot(_ url: String, name: String, width: Int, library: TestLibrary) throws {
        let folder = ProcessInfo.processInfo.environment["CASELIB_SCREENSHOTS"].map { URL(fileURLWithPath: $0) } ?? library.directory.url
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let png = folder.appendingPathComponent("\(name)-\(width).png")
        _ = try Chromium.run(["--screenshot=\(png.path)", "--window-size=\(width),1600", "--hide-scrollbars", url],
                             profile: library.directory.path("shot-\(name)-\(width)"))
        #expect(((try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0) > 10_000, "\(png.path)")
    }

    @Test func thePrecedentViewShowsTheSuggestionTheArticlesAndTheDeadline() throws {
        let library = try library()
        let server = try library.startServer()
        defer { server.shutDown() }
        let url = "http://127.0.0.1:\(server.port)/#/precedents?text=\(encoded(Self.application))&received=2024-09-20"
        let page = try dom(url, width: 1400, profile: library.directory.path("p1"))
        let desk = try #require(page.range(of: "id=\"desk\"").map { String(page[$0.lowerBound...].prefix(4000)) })
        #expect(desk.contains("拟答复参考") && desk.contains("不是答复决定"))
        #expect(desk.contains("前") && desk.contains("例中"), "the suggestion's sentence")
        #expect(desk.contains("答复期限：2024-10-23"))
        #expect(desk.contains("适用条文"))
        #expect(page.contains("<details id=\"precedents-dates\" class=\"form-box\" open=\"\">"), "the dates box opens when a date is given")
        #expect(page.contains("/ 20000 字"), "the counter")
        #expect(page.contains("<details class=\"why\">"), "explanations are folded")
        #expect(!page.contains("<details class=\"why\" open"))
        #expect(!page.contains("得分"), "no raw score")
        #expect(page.contains("类别加权") && page.contains("筛选（只保留符合条件的案例）"))
        try screenshot(url, name: "precedents", width: 1400, library: library)
        try screenshot(url, name: "precedents", width: 400, library: library)
    }

    @Test func onAPhoneTheFacetsAreFoldedAndOnADesktopOpen() throws {
        let library = try library()
        let server = try library.startServer()
        defer { server.shutDown() }
        let url = "http://127.0.0.1:\(server.port)/?q=\(encoded("行政处罚决定书"))"
        let narrow = try dom(url, width: 400, profile: library.directory.path("n"))
        #expect(narrow.contains("<details class=\"facet-box\"><summary>筛选</summary>"), "\(narrow.prefix(200))")
        let wide = try dom(url, width: 1400, profile: library.directory.path("w"))
        #expect(wide.contains("<details class=\"facet-box\" open=\"\">"))
        #expect(wide.contains("badge status-corrected") && wide.contains("【被纠正】"), "search results flag corrected cases")
        #expect(wide.contains("badge status-unchallenged"))
        try screenshot(url, name: "search", width: 1400, library: library)
        try screenshot(url, name: "search", width: 400, library: library)
    }

    @Test func anIdOpensItsRecordWhoseOutcomeTableFitsAPhone() throws {
        let library = try library()
        let server = try library.startServer()
        defer { server.shutDown() }
        let search = try dom("http://127.0.0.1:\(server.port)/?q=\(encoded(TestLibrary.correctedCase.lowercased()))", width: 400,
                             profile: library.directory.path("s"))
        let results = try #require(BrowserTests.element(id: "results", in: search))
        #expect(results.contains("精确匹配：编号"))
        let record = "http://127.0.0.1:\(server.port)/#/records/\(TestLibrary.correctedCase)"
        let view = try dom(record, width: 400, profile: library.directory.path("r"))
        #expect(view.contains("<div class=\"table-scroll\"><table class=\"outcomes\">"))
        #expect(view.contains("被纠正"))
        try screenshot(record, name: "record", width: 400, library: library)
        try screenshot(record, name: "record", width: 1400, library: library)
    }
}
