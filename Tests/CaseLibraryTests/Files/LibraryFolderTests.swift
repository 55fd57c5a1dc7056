import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("The Cases folder: loading, cross-record rules, atomic writes")
struct LibraryFolderTests {
    private func library(_ objects: [[String: Any]]) throws -> (TemporaryDirectory, LibraryFolder) {
        let directory = TemporaryDirectory()
        let folder = LibraryFolder(root: directory.url)
        for object in objects { try folder.write(try #require(Fixtures.record(object))) }
        return (directory, folder)
    }

    @Test func writesEachRecordAtAPathDerivedFromItsId() throws {
        let (directory, folder) = try library([Fixtures.caseJSON(), Fixtures.outcomeJSON(), Fixtures.trainingJSON()])
        #expect(folder.recordFilePaths() == ["cases/2023-XH-0001.md", "outcomes/O-2023-001.md", "training/T-2023-01.md"])
        let contents = folder.load()
        #expect(contents.problems.isEmpty)
        #expect(contents.records.count == 3)
        #expect(!FileManager.default.fileExists(atPath: directory.path("cases/.tmp").path))
    }

    @Test func oneBadFileDoesNotHideTheOthersProblems() throws {
        let (directory, folder) = try library([Fixtures.caseJSON(), Fixtures.caseJSON(id: "2023-XH-0002")])
        try directory.write("id: 2023-XH-0003\nkind: case\nyear: abc\n", to: "cases/2023-XH-0003.md")
        try directory.write("id: 2023-XH-0004\nkind: case\ntitle: x\ncategory: 不存在类\n", to: "cases/2023-XH-0004.md")
        let contents = folder.load()
        #expect(contents.records.map(\.record.id) == ["2023-XH-0001", "2023-XH-0002"])
        #expect(Set(contents.problems.map(\.path).map { URL(fileURLWithPath: $0).lastPathComponent }) == ["2023-XH-0003.md", "2023-XH-0004.md"])
        let yearProblem = try #require(contents.problems.first { $0.problem.field == "year" })
        #expect(yearProblem.line == 3)
        #expect(yearProblem.description.hasSuffix("2023-XH-0003.md:3: year: 应为整数，实为 \"abc\""))
    }

    @Test func idsMustBeUniqueAcrossFiles() throws {
        let (directory, folder) = try library([Fixtures.caseJSON()])
        let outcome = try #require(Fixtures.record(Fixtures.outcomeJSON(id: "2023-XH-0001")))
        try directory.write(RecordFile.render(outcome), to: "outcomes/2023-XH-0001.md")
        let problems = folder.load().problems
        #expect(problems.contains { $0.problem.message.contains("编号 2023-XH-0001 已被 ") && $0.problem.message.hasSuffix("2023-XH-0001.md 使用") })
    }

    @Test func outcomesMustReferToAnExistingCase() throws {
        let (directory, folder) = try library([Fixtures.caseJSON(), Fixtures.outcomeJSON(caseID: "2099-XX-0000")])
        defer { withExtendedLifetime(directory) {} }
        let problems = folder.load().problems
        #expect(problems.count == 1)
        #expect(problems.first?.problem.field == "case")
        #expect(problems.first?.line == 3)
    }

    @Test func trainingMustReferToExistingCases() throws {
        let (directory, folder) = try library([Fixtures.caseJSON(), Fixtures.trainingJSON(["cases": ["2023-XH-0001", "nope"]])])
        defer { withExtendedLifetime(directory) {} }
        #expect(folder.load().problems.map(\.problem.field) == ["cases[1]"])
    }

    @Test func aFileMustLiveWhereItsIdSays() throws {
        let (directory, folder) = try library([Fixtures.caseJSON()])
        let record = try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0009")))
        try directory.write(RecordFile.render(record), to: "cases/renamed.md")
        #expect(folder.load().problems.contains { $0.problem.message.contains("应位于 cases/2023-XH-0009.md") })
    }

    @Test func nonUTF8FileIsReportedNotFatal() throws {
        let (directory, folder) = try library([Fixtures.caseJSON()])
        try Data([0xB0, 0xA1, 0xFF, 0xFE]).write(to: directory.path("cases/bad.md"))
        let contents = folder.load()
        #expect(contents.records.count == 1)
        #expect(contents.problems.first?.problem.message == "文件不是有效的 UTF-8 编码")
    }

    @Test func rewritingAFileKeepsItsPermissions() throws {
        let (directory, folder) = try library([Fixtures.caseJSON()])
        let path = directory.path("cases/2023-XH-0001.md").path
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try folder.write(try #require(Fixtures.record(Fixtures.caseJSON(["title": "改写后的标题"]))))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("改写后的标题"))
    }

    @Test func anIdUsedByAnotherKindIsRefusedAndNothingIsRemoved() throws {
        let (directory, folder) = try library([Fixtures.caseJSON()])
        let training = try #require(Fixtures.record(Fixtures.trainingJSON(id: "2023-XH-0001")))
        #expect(throws: RecordProblem.self) { try folder.write(training) }
        #expect(FileManager.default.fileExists(atPath: directory.path("cases/2023-XH-0001.md").path))
        #expect(!FileManager.default.fileExists(atPath: directory.path("training/2023-XH-0001.md").path))
    }

    /// Ids starting with a dot are stored and read back; `.` and `..` alone are refused (issue 14 §4:
    /// they name folders in paths and URLs, so their record pages could never be opened).
    @Test func idsStartingWithADotAreStoredAndReadBack() throws {
        let (directory, folder) = try library([Fixtures.caseJSON(id: ".x"), Fixtures.caseJSON(id: "..x")])
        defer { withExtendedLifetime(directory) {} }
        #expect(Set(folder.load().records.map(\.record.id)) == [".x", "..x"])
        #expect(Fixtures.problems(Fixtures.caseJSON(id: "..")).map(\.field) == ["id"])
        #expect(Fixtures.problems(Fixtures.caseJSON(id: ".")).map(\.field) == ["id"])
    }

    @Test func failedWriteLeavesNoHalfWrittenFile() throws {
        let directory = TemporaryDirectory()
        let blocker = directory.path("cases")
        try Data("not a folder".utf8).write(to: blocker)  // `cases` is a file, so the write must fail
        let folder = LibraryFolder(root: directory.url)
        #expect(throws: (any Error).self) { try folder.write(try #require(Fixtures.record(Fixtures.caseJSON()))) }
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder")
    }
}

@Suite("JSONL interchange")
struct JSONLinesTests {
    @Test func badLinesAreReportedWithTheirNumbersAndGoodOnesKept() {
        let text = [
            Fixtures.line(Fixtures.caseJSON()), "", "{not json", Fixtures.line(Fixtures.caseJSON(id: "x", ["category": "?"])),
            Fixtures.line(Fixtures.outcomeJSON()), Fixtures.line(Fixtures.outcomeJSON(id: "O-2", caseID: "missing")),
            Fixtures.line(Fixtures.caseJSON()),
        ].joined(separator: "\n")
        let lines = JSONLines.read(text)
        #expect(lines.compactMap(\.record).map(\.id) == ["2023-XH-0001", "O-2023-001"])
        #expect(lines.filter { $0.record == nil }.map(\.number) == [3, 4, 6, 7])
        #expect(lines.first { $0.number == 7 }?.problems.first?.message == "编号 2023-XH-0001 已在第 1 行出现")
    }

    @Test func exportRoundTripsTheObjects() throws {
        let records = [Fixtures.caseJSON(), Fixtures.outcomeJSON(), Fixtures.trainingJSON()].compactMap(Fixtures.record)
        let again = JSONLines.read(JSONLines.write(records)).compactMap(\.record)
        #expect(again == records)
    }

    @Test func aByteOrderMarkIsRejected() {
        #expect(JSONLines.read("\u{FEFF}" + Fixtures.line(Fixtures.caseJSON())).first?.record == nil)
    }
}
