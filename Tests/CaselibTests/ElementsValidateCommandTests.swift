import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("caselib validate checks Cases/elements.txt like the thesaurus")
struct ElementsValidateCommandTests {
    @Test func badElementLinesAreReportedWithFileAndLineInChinese() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON()])
        try workspace.directory.write("[申请人身份]\n本人 = 本人\n没有等号\n[程序 排他]\n错字段 = @category=不存在类\n", to: "Cases/elements.txt")
        let result = try workspace.run("validate")
        #expect(result.status == 1, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Cases/elements.txt:3: ") && $0.contains("要素行") }, "\(result)")
        #expect(lines.contains { $0.hasPrefix("Cases/elements.txt:4: ") && $0.contains("排他") }, "\(result)")
        #expect(lines.contains { $0.hasPrefix("Cases/elements.txt:5: ") && $0.contains("不存在类") }, "\(result)")
    }

    @Test func shippedLibraryValidatesWithItsElements() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON()])
        let shipped = try String(contentsOf: ProjectPaths.root.appendingPathComponent("Cases/elements.txt"), encoding: .utf8)
        try workspace.directory.write(shipped, to: "Cases/elements.txt")
        let result = try workspace.run("validate")
        #expect(result.status == 0, "\(result)")
    }
}
