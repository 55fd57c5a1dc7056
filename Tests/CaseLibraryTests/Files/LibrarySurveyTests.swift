import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Every file under Cases/ is read or reported; bad bytes and control characters located and escaped (issue 14)")
struct LibrarySurveyTests {
    private func library() throws -> (TemporaryDirectory, LibraryFolder) {
        let directory = TemporaryDirectory("survey")
        let folder = LibraryFolder(root: directory.path("Cases"))
        try folder.write(try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0001"))))
        return (directory, folder)
    }

    /// Issue 14 §5: a record in a subfolder of `cases/` and one ending `.MD` were silently ignored.
    @Test func recordsInSubfoldersAndUppercaseExtensionsAreReported() throws {
        let (directory, folder) = try library()
        let text = RecordFile.render(try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0002"))))
        _ = try directory.write(text, to: "Cases/cases/2023/2023-XH-0002.md")
        _ = try directory.write(text.replacingOccurrences(of: "0002", with: "0003"), to: "Cases/cases/2023-XH-0003.MD")
        _ = try directory.write("备忘", to: "Cases/notes.txt")
        let contents = folder.load()
        let reported = Set(contents.problems.map(\.path))
        #expect(reported.contains(folder.displayPath("cases/2023/2023-XH-0002.md")), "\(contents.problems)")
        #expect(reported.contains(folder.displayPath("cases/2023-XH-0003.MD")), "\(contents.problems)")
        #expect(contents.warnings.map(\.path).contains(folder.displayPath("notes.txt")), "a stray file loses no record: a warning \(contents.warnings)")
        #expect(contents.problems.contains { $0.problem.message.contains("小写 .md") })
        #expect(contents.records.map(\.record.id) == ["2023-XH-0001"])
    }

    @Test func theLibrarysOwnFilesAreNotReported() throws {
        let cases = ProjectPaths.root.appendingPathComponent("Cases")
        let contents = LibraryFolder(root: cases).load()
        #expect(contents.problems.isEmpty, "\(contents.problems)")
        #expect(contents.warnings.isEmpty, "\(contents.warnings)")
    }

    /// Issue 14 §6: an invalid byte was reported at line 1 wherever it was.
    @Test func invalidUTF8IsReportedAtItsRealLine() throws {
        let (directory, folder) = try library()
        var bytes = Array(RecordFile.render(try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0004")))).utf8)
        let lineFive = bytes.indices.filter { bytes[$0] == 0x0A }[3] + 1
        bytes.insert(0xC3, at: lineFive)
        try Data(bytes).write(to: directory.path("Cases/cases/2023-XH-0004.md"))
        let problem = try #require(folder.load().problems.first { $0.path.hasSuffix("2023-XH-0004.md") })
        #expect(problem.line == 5, "\(problem)")
    }

    /// Issue 14 §6: a value with terminal escape codes must be printed escaped, never raw.
    @Test func controlCharactersInMessagesArePrintedEscaped() throws {
        let (directory, folder) = try library()
        _ = try directory.write("id: 2023-XH-0005\nkind: case\ncategory: \u{1B}[2J\u{1B}[31m红\u{9B}1m\u{202E}\n", to: "Cases/cases/2023-XH-0005.md")
        let printed = folder.load().problems.filter { $0.path.hasSuffix("0005.md") }.map(\.description).joined(separator: "\n")
        #expect(printed.contains("\\u{1B}[2J"), "\(printed)")
        #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
    }

    /// Issue 14 §3: a record file far beyond any real case is refused without being read.
    @Test func anOversizedRecordFileIsRefused() throws {
        let (directory, folder) = try library()
        var text = RecordFile.render(try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0006"))))
        text += "\n## analysis\n\n" + String(repeating: "评析", count: 400_000)
        _ = try directory.write(text, to: "Cases/cases/2023-XH-0006.md")
        let contents = folder.load()
        #expect(contents.problems.contains { $0.path.hasSuffix("0006.md") && $0.problem.message.contains("记录过大") }, "\(contents.problems)")
        #expect(contents.records.count == 1)
    }

    @Test func oversizedFieldsAreRefusedNamingTheField() throws {
        let long = String(repeating: "长", count: 200_000)  // 600,000 bytes > 512 KiB
        let problems = Fixtures.problems(Fixtures.caseJSON(id: "2023-XH-0007", ["analysis": long, "title": String(repeating: "题", count: 2_000)]))
        #expect(problems.contains { $0.field == "analysis" && $0.message.contains("字段过长") }, "\(problems)")
        #expect(problems.contains { $0.field == "title" && $0.message.contains("上限 4096 字节") }, "\(problems)")
        #expect(Fixtures.problems(Fixtures.caseJSON(id: "2023-XH-0008", ["analysis": String(repeating: "长", count: 20_000)])).isEmpty)
    }

    @Test func atomicWriterTemporaryFilesAreWarningsNotProblems() throws {
        let (directory, folder) = try library()
        _ = try directory.write("x", to: "Cases/cases/.2023-XH-0009.md.\(UUID().uuidString).tmp")
        let contents = folder.load()
        #expect(contents.problems.isEmpty, "\(contents.problems)")
        #expect(contents.warnings.count == 1)
    }
}
