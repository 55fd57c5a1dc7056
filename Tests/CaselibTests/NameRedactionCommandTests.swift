import CaseLibrary
import Foundation
import Testing
import TestSupport

/// The example end to end: a full name and an address in a publishable case are listed by
/// record and field before anything is written, masked by `--redact`, and warned about by `validate`.
struct NameRedactionCommandTests {
    static let name = "王建国"
    static let address = "黄浦区福州路123弄4号502室"

    static func library() throws -> TemporaryLibrary {
        let library = try CompileCommandTests.library()
        try library.add(Fixtures.caseJSON(id: "2023-XH-0005", [
            "request": "申请人\(name)，住\(address)，申请公开对其邻居的处罚决定书。", "analysis": "民警\(name)称已送达。",
        ]))
        return library
    }

    @Test func compileListsNamesAndAddressesBeforeWritingAndMasksThem() throws {
        let library = try Self.library()
        let refused = try library.run(["compile", "--year", "2023", "--out", "out", "--office", CompileCommandTests.office])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("2023-XH-0005 申请内容：姓名"), "\(refused.stderr)")
        #expect(refused.stderr.contains("2023-XH-0005 申请内容：详细地址"))
        #expect(!refused.stderr.contains(Self.name) && !refused.stderr.contains("123弄"))
        #expect(!FileManager.default.fileExists(atPath: library.directory.path("out").path))

        let run = try library.run(["compile", "--year", "2023", "--out", "out", "--office", CompileCommandTests.office, "--redact"])
        #expect(run.status == 0, "\(run.stderr)")
        let listing = try #require(run.stdout.range(of: "将遮盖 3 处个人信息"), "\(run.stdout)")
        let summary = try #require(run.stdout.range(of: "已编印2023年度案例汇编"))
        #expect(listing.lowerBound < summary.lowerBound, "findings are listed before the summary of what was written")
        #expect(run.stdout.contains("2023-XH-0005 评析：姓名"))
        for (name, data) in try CompileCommandTests.files(in: library.directory.path("out")) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(Self.name) && !text.contains("123弄4号"), "\(name) still has the name or address")
        }
        let markdown = try String(contentsOf: library.directory.path("out/compilation.md"), encoding: .utf8)
        #expect(markdown.contains("申请人王某，住黄浦区福州路××"))
        #expect(markdown.contains("编写说明"))
        #expect(markdown.contains("共遮盖个人信息3处（详细地址1处、姓名2处）"))
    }

    @Test func validateWarnsAboutPersonalDataInPublishableRecordsOnly() throws {
        let library = try Self.library()
        try library.add(Fixtures.caseJSON(id: "2023-XH-0006", [
            "request": "申请人李秀英申请公开。", "review": ["status": "draft", "secrecy_checked": false],
        ]))
        let run = try library.run(["validate"])
        #expect(run.status == 0, "warnings do not fail validation: \(run.stdout)")
        #expect(run.stdout.contains("cases/2023-XH-0005.md:"))
        #expect(run.stdout.contains("警告：request: 可能公开的记录中含有个人信息（personName，姓名）"), "\(run.stdout)")
        #expect(run.stdout.contains("警告：request: 可能公开的记录中含有个人信息（address，详细地址）"))
        #expect(run.stdout.contains("警告：analysis: 可能公开的记录中含有个人信息（personName，姓名）"))
        #expect(!run.stdout.contains("2023-XH-0006.md"), "a draft is not publishable yet")
        #expect(!run.stdout.contains(Self.name))
    }
}
