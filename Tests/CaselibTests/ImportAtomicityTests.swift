import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("caselib import: dependent records all or nothing, bad bytes located, leftovers cleaned (issue 14)")
struct ImportAtomicityTests {
    /// Issue 14 §1: a case whose id belongs to an existing training record is not written, and the
    /// outcome referring to it must not be written either.
    @Test func outcomeIsNotWrittenWhenItsCaseFailsToWrite() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2023-XH-0009"), Fixtures.trainingJSON(id: "T-CLASH", ["cases": ["2023-XH-0009"]])])
        _ = try workspace.jsonl([
            Fixtures.line(Fixtures.outcomeJSON(id: "O-2023-050", caseID: "T-CLASH")),
            Fixtures.line(Fixtures.caseJSON(id: "T-CLASH")),
            Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0010")),
            Fixtures.line(Fixtures.outcomeJSON(id: "O-2023-051", caseID: "2023-XH-0010")),
        ])
        let result = try workspace.run("import", "input.jsonl")
        #expect(result.status == 1, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: workspace.cases.appendingPathComponent("outcomes/O-2023-050.md").path), "\(result)")
        #expect(FileManager.default.fileExists(atPath: workspace.cases.appendingPathComponent("outcomes/O-2023-051.md").path))
        #expect(result.stdout.contains("input.jsonl:1: case: 未写入"), "\(result)")
        #expect(result.stdout.contains("input.jsonl:2: "), "\(result)")
        let validate = try workspace.run("validate")
        #expect(validate.status == 0, "the library stays valid: \(validate)")
    }

    /// Issue 14 §1: outcomes listed before their cases are written after them, so an import killed at
    /// any point never leaves an outcome whose case is missing.
    @Test func casesAreWrittenBeforeTheRecordsThatReferToThem() throws {
        let workspace = CaselibWorkspace()
        var lines: [String] = []
        for number in 0..<30 {
            lines.append(Fixtures.line(Fixtures.outcomeJSON(id: String(format: "O-2023-%03d", number), caseID: String(format: "2023-XH-%04d", number))))
        }
        for number in 0..<30 { lines.append(Fixtures.line(Fixtures.caseJSON(id: String(format: "2023-XH-%04d", number)))) }
        _ = try workspace.jsonl(lines)
        let casesFolder = workspace.cases.appendingPathComponent("cases").path
        let outcomesFolder = workspace.cases.appendingPathComponent("outcomes").path
        // Watch the folders while the import runs: no outcome may appear before its case.
        let process = Process()
        process.executableURL = try #require(ProjectPaths.caselib)
        process.arguments = ["import", "input.jsonl"]
        process.currentDirectoryURL = workspace.directory.url
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var violations: Set<String> = []
        while process.isRunning {
            let outcomes = (try? FileManager.default.contentsOfDirectory(atPath: outcomesFolder)) ?? []
            let cases = Set((try? FileManager.default.contentsOfDirectory(atPath: casesFolder)) ?? [])
            for name in outcomes where name.hasSuffix(".md") {
                let caseName = "2023-XH-0" + name.dropFirst("O-2023-".count).dropLast(3) + ".md"
                if !cases.contains(String(caseName)) { violations.insert(name) }
            }
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(violations.isEmpty, "outcomes seen without their case: \(violations.sorted())")
    }

    /// Issue 14 §4: one bad byte is reported at its line; the other lines are imported.
    @Test func invalidUTF8IsReportedAtItsLineAndTheRestImported() throws {
        let workspace = CaselibWorkspace()
        var data = Data((Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0001")) + "\n").utf8)
        data += Data(Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0002", ["title": "坏字节"])).utf8).map { $0 == 0xE5 ? 0xFF : $0 } + [0x0A]
        data += Data((Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0003")) + "\n").utf8)
        try data.write(to: workspace.directory.path("input.jsonl"))
        let result = try workspace.run("import", "input.jsonl")
        #expect(result.status == 1)
        #expect(result.stdout.contains("input.jsonl:2: 不是有效的 UTF-8"), "\(result)")
        #expect(result.stdout.contains("写入 2 条记录"), "\(result)")
        #expect(LibraryFolder(root: workspace.cases).load().records.map(\.record.id) == ["2023-XH-0001", "2023-XH-0003"])
    }

    /// Issue 14 §4: the spec forbids a byte-order mark; the decoder must not hide it.
    @Test func aByteOrderMarkIsRefused() throws {
        let workspace = CaselibWorkspace()
        let data = Data([0xEF, 0xBB, 0xBF]) + Data((Fixtures.line(Fixtures.caseJSON()) + "\n").utf8)
        try data.write(to: workspace.directory.path("input.jsonl"))
        let result = try workspace.run("import", "input.jsonl")
        #expect(result.status == 1)
        #expect(result.stdout.contains("input.jsonl:1: ") && result.stdout.contains("BOM"), "\(result)")
        #expect(LibraryFolder(root: workspace.cases).load().records.isEmpty)
    }

    /// Issue 14 §4: ids `.` and `..` name folders; their pages could never be opened.
    @Test func dotIdsAreRefused() throws {
        let workspace = CaselibWorkspace()
        _ = try workspace.jsonl([Fixtures.line(Fixtures.caseJSON(id: ".")), Fixtures.line(Fixtures.caseJSON(id: ".."))])
        let result = try workspace.run("import", "input.jsonl")
        #expect(result.status == 1)
        #expect(result.stdout.contains("input.jsonl:1: id: ") && result.stdout.contains("input.jsonl:2: id: "), "\(result)")
        #expect(LibraryFolder(root: workspace.cases).recordFilePaths().isEmpty)
    }

    /// Issue 14 §3: a line far beyond any real record is refused with its line, quickly.
    @Test func anOversizedLineIsRefusedWithItsLine() throws {
        let workspace = CaselibWorkspace()
        let huge = String(repeating: "很长的申请内容", count: 200_000)  // ≈ 4.2 MB
        _ = try workspace.jsonl([Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0001")),
                                 Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0002", ["request": huge]))])
        let started = Date()
        let result = try workspace.run("import", "input.jsonl")
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.stdout.contains("input.jsonl:2: 行过长"), "\(result)")
        #expect(LibraryFolder(root: workspace.cases).load().records.map(\.record.id) == ["2023-XH-0001"])
    }

    /// Issue 14 §2: a dead importer's temporary file is removed by the next writing command, which says so.
    @Test func theNextImportRemovesADeadWritersTemporaryFiles() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2023-XH-0001")])
        let leftover = "cases/.2023-XH-0002.md.\(UUID().uuidString).tmp"
        try workspace.directory.write("id: 2023-XH-0002\nkind: ca", to: "Cases/" + leftover)
        let validate = try workspace.run("validate")
        #expect(validate.stdout.contains(": 警告：写入中断"), "validate reports the leftover: \(validate)")
        _ = try workspace.jsonl([Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0003"))])
        let result = try workspace.run("import", "input.jsonl")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("已清理") && result.stderr.contains(leftover), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: workspace.cases.appendingPathComponent(leftover).path))
    }
}
