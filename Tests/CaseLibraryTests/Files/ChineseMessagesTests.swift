import CaseLibrary
import Foundation
import TestSupport
import Testing

/// The officers who read `caselib validate` and `caselib import` output read Chinese: every problem
/// the loader and the decoder report about a bad record file or JSONL line is worded in Chinese,
/// while field names, ids and paths stay as they are written in the files.
@Suite("Problems with records are reported in Chinese")
struct ChineseMessagesTests {
    /// Whether the text contains at least one CJK ideograph.
    private static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// A valid record's file text.
    private static func recordText(_ object: [String: Any]) throws -> String {
        RecordFile.render(try #require(Fixtures.record(object)))
    }

    @Test func everyProblemInBadRecordFilesIsWordedInChinese() throws {
        let directory = TemporaryDirectory()
        let folder = LibraryFolder(root: directory.url)
        try folder.write(try #require(Fixtures.record(Fixtures.caseJSON())))
        // Each file: a valid case with one line changed (id, the text replaced, what replaces it).
        let edits: [(id: String, old: String, new: String)] = [
            ("2023-XH-0002", "kind: case\n", "kind: case\napplicant_name: 张某\n"),  // an unknown field
            ("2023-XH-0003", "title: 申请公开对第三人的行政处罚决定书案\n", ""),  // a missing title
            ("2023-XH-0004", "year: 2023\n", "year: abc\n"),  // a wrong type
            ("2023-XH-0005", "kind: case\n", "kind: case\nthis line has no colon\n"),
            ("2023-XH-0006", "kind: case\n", "kind: case\nunit: 黄浦分局\n"),  // a repeated key
        ]
        for edit in edits {
            let original = try Self.recordText(Fixtures.caseJSON(id: edit.id))
            #expect(original.contains(edit.old), "the edit of \(edit.id) applies")
            try directory.write(original.replacingOccurrences(of: edit.old, with: edit.new), to: "cases/\(edit.id).md")
        }
        try directory.write(try Self.recordText(Fixtures.outcomeJSON(id: "2023-XH-0001")), to: "outcomes/2023-XH-0001.md")
        try directory.write(try Self.recordText(Fixtures.outcomeJSON(id: "O-9", caseID: "2099-XX-0000")), to: "outcomes/O-9.md")
        try Data([0xB0, 0xA1, 0xFF, 0xFE]).write(to: directory.path("cases/2023-XH-0007.md"))

        let problems = folder.load().problems
        func problem(_ file: String, _ field: String?) -> LocatedProblem? {
            problems.first { $0.path.hasSuffix(file) && $0.problem.field == field }
        }
        #expect(problem("2023-XH-0002.md", "applicant_name")?.problem.message == "未知字段")
        #expect(problem("2023-XH-0003.md", "title")?.problem.message == "缺少必填字段")
        #expect(problem("2023-XH-0004.md", "year")?.description.hasSuffix("year: 应为整数，实为 \"abc\"") == true)
        #expect(problem("2023-XH-0005.md", nil)?.problem.message.hasPrefix("应为“键: 值”格式") == true)
        #expect(problem("2023-XH-0006.md", "unit")?.problem.message == "字段重复出现")
        #expect(problem("outcomes/2023-XH-0001.md", "id")?.problem.message.contains("编号 2023-XH-0001 已被") == true)
        #expect(problem("O-9.md", "case")?.problem.message == "引用的案例 2099-XX-0000 不在案例库中")
        #expect(problem("2023-XH-0007.md", nil)?.problem.message == "文件不是有效的 UTF-8 编码")
        #expect(problems.count >= 8, "\(problems)")
        for located in problems {
            #expect(Self.hasCJK(located.problem.message), "not Chinese: \(located)")
        }
    }

    @Test func everyProblemInBadJSONLinesIsWordedInChinese() {
        let text = [
            Fixtures.line(Fixtures.caseJSON()),
            Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0002", ["applicant_name": "张某"])),
            Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0003", ["title": nil])),
            Fixtures.line(Fixtures.caseJSON(id: "2023-XH-0004", ["year": "2023", "tags": "标签", "category": "交通类"])),
            "{\"id\": \"x\", \"kind\": ",
            Fixtures.line(Fixtures.caseJSON()),
            Fixtures.line(Fixtures.outcomeJSON(id: "O-9", caseID: "2099-XX-0000")),
            Fixtures.line(Fixtures.outcomeJSON(id: "O-10", ["stage": "行政复议", "result": "驳回诉讼请求"])),
            "[1, 2]",
        ].joined(separator: "\n")
        let lines = JSONLines.read(text)
        let problems = lines.flatMap { line in line.problems.map { (line.number, $0) } }
        func messages(_ number: Int, _ field: String?) -> [String] {
            problems.filter { $0.0 == number && $0.1.field == field }.map(\.1.message)
        }
        #expect(messages(2, "applicant_name") == ["未知字段"])
        #expect(messages(3, "title") == ["缺少必填字段"])
        #expect(messages(4, "year") == ["应为整数，实为 \"2023\""])
        #expect(messages(4, "tags") == ["应为字符串列表，实为 \"标签\""])
        #expect(messages(4, "category").first?.hasPrefix("\"交通类\" 不是允许的取值") == true)
        #expect(messages(5, nil).first?.hasPrefix("JSON 无效（第 ") == true)
        #expect(messages(6, "id") == ["编号 2023-XH-0001 已在第 1 行出现"])
        #expect(messages(7, "case") == ["引用的案例 2099-XX-0000 既不在本文件中，也不在案例库中"])
        #expect(messages(8, "result") == ["\"驳回诉讼请求\" 不是 行政复议 阶段的结果"])
        #expect(messages(9, nil) == ["记录必须是 JSON 对象"])
        #expect(problems.count >= 10, "\(problems)")
        for (number, problem) in problems {
            #expect(Self.hasCJK(problem.message), "line \(number) not Chinese: \(problem)")
        }
        let bom = JSONLines.read("\u{FEFF}" + Fixtures.line(Fixtures.caseJSON())).flatMap(\.problems)
        #expect(bom.count == 1 && bom.allSatisfy { Self.hasCJK($0.message) }, "\(bom)")
    }
}
