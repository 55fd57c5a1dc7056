import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Whether this process may mount a small tmpfs (root on Linux): the full-disk test needs one.
private let canMountTmpfs: Bool = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

@Suite("caselib import on a full disk says what was written, what was not, and where (issue 14 §8)")
struct FullDiskImportTests {
    @Test(.enabled(if: canMountTmpfs, "needs root to mount a small tmpfs"))
    func importOnAFullDiskReportsWrittenAndUnwritten() throws {
        let workspace = CaselibWorkspace()
        let mountPoint = workspace.directory.path("small")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mounted = try CommandRunner.run(["-t", "tmpfs", "-o", "size=400k", "tmpfs", mountPoint.path],
                                            executable: URL(fileURLWithPath: "/bin/mount"))
        try #require(mounted.status == 0, "\(mounted)")
        defer { _ = try? CommandRunner.run([mountPoint.path], executable: URL(fileURLWithPath: "/bin/umount")) }
        let analysis = String(repeating: "会商认为应当区分处理，隐去第三方个人信息。", count: 150)  // ≈ 9 KB a record
        var lines: [String] = []
        for number in 0..<80 {
            let id = String(format: "2023-FD-%04d", number)
            lines.append(Fixtures.line(Fixtures.outcomeJSON(id: String(format: "O-FD-%03d", number), caseID: id)))
            lines.append(Fixtures.line(Fixtures.caseJSON(id: id, ["analysis": analysis])))
        }
        _ = try workspace.jsonl(lines)
        let cases = mountPoint.appendingPathComponent("Cases"), index = mountPoint.appendingPathComponent("Index")
        let result = try workspace.run("import", "--cases", cases.path, "--index", index.path, "input.jsonl")
        #expect(result.status == 1, "\(result)")
        let stored = LibraryFolder(root: cases).load()
        let written = stored.records.count
        #expect(written > 0 && written < 160, "the disk filled part-way: \(written) records")
        #expect(result.stdout.contains("写入 \(written) 条记录到 \(cases.path)"), "\(result)")
        #expect(result.stdout.contains("写入失败"), "\(result)")
        #expect(result.stdout.contains("No space left on device"), "the system's reason is given: \(result)")
        #expect(stored.problems.isEmpty, "what was written is a valid library, no outcome without its case: \(stored.problems)")
        #expect(stored.warnings.isEmpty, "no temporary file left behind: \(stored.warnings)")
        let unwrittenLines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("input.jsonl:") && $0.contains("未写入") }
        #expect(unwrittenLines.count == 160 - written, "every line not written is named: \(result)")
    }
}
