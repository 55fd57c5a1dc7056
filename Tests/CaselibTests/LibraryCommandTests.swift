import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("caselib validate, import and export, run as a process")
struct LibraryCommandTests {
    @Test func validateOnAGoodLibraryExitsZero() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(), Fixtures.outcomeJSON(), Fixtures.trainingJSON()])
        let result = try workspace.run("validate")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("已检查 3 个记录文件：没有问题"))
    }

    @Test func validateReportsEveryProblemInEveryBadFileAndExitsOne() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON()])
        try workspace.directory.write("id: 2023-XH-0003\nkind: case\nyear: abc\n", to: "Cases/cases/2023-XH-0003.md")
        try workspace.directory.write(
            "id: 2023-XH-0004\nkind: case\ntitle: x\nyear: 2023\ncategory: 不存在类\n", to: "Cases/cases/2023-XH-0004.md")
        let result = try workspace.run("validate")
        #expect(result.status == 1, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Cases/cases/2023-XH-0003.md:3: year: 应为整数，实为 \"abc\""), "\(result)")
        #expect(lines.contains { $0.hasPrefix("Cases/cases/2023-XH-0004.md:5: category") }, "\(result)")
        let located = lines.filter { $0.range(of: #"^Cases/cases/[^:]+\.md:\d+: "#, options: .regularExpression) != nil }
        #expect(Set(located.map { $0.components(separatedBy: ":").first ?? "" })
                    == ["Cases/cases/2023-XH-0003.md", "Cases/cases/2023-XH-0004.md"])
        #expect(located.filter { $0.hasPrefix("Cases/cases/2023-XH-0003.md") }.count > 1,
                "every problem of a file is reported, not only the first")
        #expect(result.stdout.contains("2 个文件中有"))
    }

    /// A problem outside the record files (the statute domain file, the thesaurus) is counted with the
    /// file it is in: the summary once said "0 个文件中有 1 个问题".
    @Test func validateCountsTheFilesOfProblemsOutsideTheRecords() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON()])
        try workspace.directory.write("kind 坏 = 收费 =>\n", to: "Cases/statutes/domain.txt")
        let result = try workspace.run("validate")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("statutes/domain.txt:1:"), "\(result)")
        #expect(result.stdout.contains("1 个文件中有 1 个问题"), "\(result)")
    }

    @Test func validateWithoutALibraryFailsWithAMessage() throws {
        let workspace = CaselibWorkspace()
        let result = try workspace.run("validate")
        #expect(result.status == 1)
        #expect(result.stderr.contains("案例库目录不存在："))
    }

    @Test func importWritesGoodLinesAndReportsBadOnesWithFileAndLine() throws {
        let workspace = CaselibWorkspace()
        let input = try workspace.jsonl([
            Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0001")),
            Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0002", ["year": "twenty"])),
            "{not json",
            Fixtures.line(Fixtures.outcomeJSON(id: "O-1", caseID: "2023-XH-0001")),
            Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0005", ["surprise": 1])),
            Fixtures.line(Fixtures.trainingJSON(id: "T-1")),
        ])
        let result = try workspace.run("import", "input.jsonl")
        #expect(result.status == 1, "\(result)")
        for path in ["cases/2023-XH-0001.md", "outcomes/O-1.md", "training/T-1.md"] {
            #expect(FileManager.default.fileExists(atPath: workspace.cases.appendingPathComponent(path).path), "\(path) written")
        }
        for path in ["cases/2023-XH-0002.md", "cases/2023-XH-0005.md"] {
            #expect(!FileManager.default.fileExists(atPath: workspace.cases.appendingPathComponent(path).path), "\(path) not written")
        }
        let problems = result.stdout.split(separator: "\n").filter { $0.hasPrefix("input.jsonl:") }
        #expect(problems.contains { $0.hasPrefix("input.jsonl:2: year") }, "\(result)")
        #expect(problems.contains { $0.hasPrefix("input.jsonl:3: ") }, "\(result)")
        #expect(problems.contains { $0.hasPrefix("input.jsonl:5: ") && $0.contains("surprise") }, "\(result)")
        #expect(Set(problems.compactMap { $0.split(separator: ":").dropFirst().first }) == ["2", "3", "5"])
        #expect(result.stdout.contains("写入 3 条记录"), "\(result)")
        _ = input
    }

    @Test func importingAnExistingIdReplacesTheRecord() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2023-XH-0001")])
        _ = try workspace.jsonl([Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0001", ["title": "申请公开消防验收意见案"]))])
        let result = try workspace.run("import", "input.jsonl")
        #expect(result.status == 0, "\(result)")
        let contents = LibraryFolder(root: workspace.cases).load()
        #expect(contents.records.count == 1)
        #expect(contents.records.first?.record.title == "申请公开消防验收意见案")
        let search = try workspace.run("search", "消防验收", "--json")
        #expect(search.stdout.contains("2023-XH-0001"), "the import re-indexed the replaced record: \(search)")
    }

    @Test func importOfAMissingFileFailsCleanly() throws {
        let workspace = CaselibWorkspace()
        let result = try workspace.run("import", "nope.jsonl")
        #expect(result.status == 1)
        #expect(result.stderr.contains("nope.jsonl"))
    }

    @Test(.enabled(if: ProjectPaths.shared("eval/precedents-dev/corpus.jsonl") != nil,
                   "../shared/eval/precedents-dev/corpus.jsonl is absent"))
    func importThenExportOfTheDevCorpusIsLossless() throws {
        let corpus = try #require(ProjectPaths.shared("eval/precedents-dev/corpus.jsonl"))
        let workspace = CaselibWorkspace()
        let imported = try workspace.run("import", corpus.path)
        #expect(imported.status == 0, "\(imported)")
        let exported = try workspace.run("export", "--out", "exported.jsonl")
        #expect(exported.status == 0, "\(exported)")
        let original = try objectsByID(try String(contentsOf: corpus, encoding: .utf8))
        let roundTripped = try objectsByID(try String(contentsOf: workspace.directory.path("exported.jsonl"), encoding: .utf8))
        #expect(original.count == 76)
        #expect(Set(original.keys) == Set(roundTripped.keys))
        for (id, object) in original {
            #expect(roundTripped[id] == object, "record \(id) changed on the way through Cases/")
        }
        let toStdout = try workspace.run("export")
        #expect(try objectsByID(toStdout.stdout) == roundTripped, "export to stdout gives the same records")
    }
}

@Suite("caselib import/export round trips awkward text exactly")
struct RoundTripCommandTests {
    /// Values that a line-based file format could easily mangle.
    static let awkward: [String] = [
        "  leading and trailing spaces  ", "\"starts with a quote", "ends with a backslash\\", "[]", "null", "true", "42",
        "- looks like a list item", "key: value", "line one\nline two", "\n## request\n\n伪造的小节标题", "\\## escaped already",
        "windows\r\nline ending", "tab\there", "unicode line\u{2028}separator", "嵌入的「引号」和“弯引号”", "emoji 😀 and 𠀀",
        "trailing newline\n", "\nleading newline", "# not a heading", "##no space", "## ", "a\u{0}nul", "\u{7}bell",
    ]

    @Test func awkwardStringsSurviveImportThenExport() throws {
        let workspace = CaselibWorkspace()
        var lines: [String] = []
        for (offset, text) in Self.awkward.enumerated() {
            let id = String(format: "2023-RT-%04d", offset)
            lines.append(Fixtures.line(Fixtures.caseJSON(id: id, [
                "title": "标题" + text, "request": text, "analysis": text, "response_note": text, "tags": [text, "普通"],
                "legal_basis": [text],
            ])))
        }
        _ = try workspace.jsonl(lines)
        let imported = try workspace.run("import", "input.jsonl")
        let exported = try workspace.run("export")
        let original = try objectsByID(lines.joined(separator: "\n"))
        let roundTripped = try objectsByID(exported.stdout)
        for (offset, text) in Self.awkward.enumerated() {
            let id = String(format: "2023-RT-%04d", offset)
            #expect(roundTripped[id] == original[id], "\(text.debugDescription) did not survive: import said \(imported.stdout)")
        }
        #expect(imported.status == 0, "\(imported)")
        let validate = try workspace.run("validate")
        #expect(validate.status == 0, "\(validate)")
    }
}
