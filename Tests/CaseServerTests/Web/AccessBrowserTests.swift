import CaseServer
import Foundation
import Testing
import TestSupport

/// Signing in, my records and the case form, in headless Chromium.
@Suite(
    "Web page in headless Chromium: signing in, my records, the case form",
    .enabled(if: ProjectPaths.which("chromium") != nil, "chromium is not on PATH (install it with Tools/setup --test)"))
struct AccessBrowserTests {
    @Test func aServerWithUsersAsksForATokenAndShowsNoRecordsWithoutOne() throws {
        let fixture = try SharedServiceFixture()
        let dom = try Chromium.dumpDOM("http://127.0.0.1:\(fixture.server.port)/?q=\(encoded("处罚决定书"))",
                                       profile: fixture.library.directory.path("profile"))
        let bar = try #require(BrowserTests.element(id: "access-bar", in: dom), "no access bar in \(dom.prefix(1500))")
        #expect(bar.contains("token-input") && bar.contains("登录"), "\(bar)")
        #expect(bar.contains("需要登录") || bar.contains("令牌"), "the API's Chinese message: \(bar)")
        #expect(!dom.contains("2023-XH-0001"), "nothing is listed without a token")
    }

    @Test func theCaseFormOffersTheSpecsChoicesAndMyRecordsShowTheSignedInUser() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let base = "http://127.0.0.1:\(server.port)/"
        let form = try Chromium.dumpDOM(base + "#/edit", profile: library.directory.path("p1"))
        let edit = try #require(BrowserTests.element(id: "edit-form", in: form), "no form in \(form.prefix(1500))")
        #expect(edit.contains("历史信息类") && edit.contains("不予公开") && edit.contains("法人或其他组织"))
        #expect(edit.contains("保存为草稿"))
        let work = try Chromium.dumpDOM(base + "#/work", profile: library.directory.path("p2"))
        #expect(work.contains("当前用户：local（审核人员）"), "\(BrowserTests.element(id: "access-bar", in: work) ?? "")")
        #expect(work.contains("本机单用户模式"))
        #expect(!work.contains("undefined") && !work.contains("[object Object]"))
    }
}
