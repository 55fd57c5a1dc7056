import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("caselib validate and index: every file read or reported, real lines, no raw control characters (issue 14 §5, §6)")
struct ValidateReportingTests {
    @Test func strayRecordFilesAreReportedByValidateAndIndex() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2023-XH-0001")])
        let text = RecordFile.render(try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0002"))))
        try workspace.directory.write(text, to: "Cases/cases/2023/2023-XH-0002.md")
        try workspace.directory.write(text.replacingOccurrences(of: "0002", with: "0003"), to: "Cases/cases/2023-XH-0003.MD")
        let validate = try workspace.run("validate")
        #expect(validate.status == 1, "\(validate)")
        #expect(validate.stdout.contains("Cases/cases/2023/2023-XH-0002.md:1: "), "\(validate)")
        #expect(validate.stdout.contains("Cases/cases/2023-XH-0003.MD:1: "), "\(validate)")
        let index = try workspace.run("index")
        #expect(index.stderr.contains("未索引（已跳过）：Cases/cases/2023/2023-XH-0002.md"), "\(index)")
        #expect(index.stderr.contains("未索引（已跳过）：Cases/cases/2023-XH-0003.MD"), "\(index)")
    }

    @Test func validateGivesTheRealLineOfABadByteAndEscapesControlCharacters() throws {
        let workspace = CaselibWorkspace()
        var bytes = Array("id: 2023-XH-0004\nkind: case\ntitle: 标题\nyear: 2023\nunit: 徐汇".utf8)
        bytes += [0xFF] + Array("分局\n".utf8)
        try Data(bytes).write(to: workspace.cases.appendingPathComponent("cases/2023-XH-0004.md").creatingFolder())
        try workspace.directory.write("id: 2023-XH-0005\nkind: case\ncategory: \u{1B}]0;pwned\u{7}\u{1B}[2J\n", to: "Cases/cases/2023-XH-0005.md")
        let validate = try workspace.run("validate")
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("Cases/cases/2023-XH-0004.md:5: "), "\(validate)")
        #expect(!validate.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "no raw control characters reach the terminal")
        #expect(validate.stdout.contains("\\u{1B}]0;pwned"), "\(validate)")
    }
}

private extension URL {
    /// The URL, after creating its parent folder.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
