import CaseServer
import Foundation
import Testing
import TestSupport

/// The annual-report tables in the 年度汇编 view, in headless Chromium against a real server.
@Suite(
    "Web page in headless Chromium: annual-report tables",
    .enabled(if: ProjectPaths.which("chromium") != nil, "chromium is not on PATH (install it with Tools/setup --test)"))
struct ReportBrowserTests {
    @Test func compilationViewOffersTheReportTablesForLastYear() throws {
        let library = try ReportRouteTests.library()
        let server = try library.startServer()
        defer { server.shutDown() }
        let dom = try Chromium.dumpDOM("http://127.0.0.1:\(server.port)/#/compilation", profile: library.directory.path("p1"))
        let year = Calendar(identifier: .gregorian).component(.year, from: Date()) - 1
        #expect(dom.contains("年度报告表三、表四"))
        #expect(dom.contains("/api/reports/\(year)?format=csv3"), "the 表三 CSV link")
        #expect(dom.contains("/api/reports/\(year)?format=csv4"), "the 表四 CSV link")
        #expect(dom.contains("table3-\(year).csv"))
    }
}
