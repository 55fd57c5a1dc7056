import CaseLibrary
import Foundation
import Testing
import TestSupport

@Suite struct TrainingCommandTests {
    static let lecture = "第三方意见征求程序讲义\r\n2021年3月5日\r\n依照《政府信息公开条例》第三十二条，应当书面征求第三方意见。\r\n思考题\r\n1. 第三方逾期未提出意见怎么办？\r\n"
    static let notes = "历史档案类申请的处理\n档案移交后按照档案管理的规定办理。\n"

    /// GB18030 bytes made by iconv, a real converter independent of ours.
    static func gb18030(_ text: String, in directory: TemporaryDirectory) throws -> [UInt8]? {
        guard let iconv = ProjectPaths.which("iconv") else { return nil }
        let input = try directory.write(text, to: "lecture.utf8")
        let output = directory.path("lecture.gb")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = iconv
        process.arguments = ["-f", "UTF-8", "-t", "GB18030", input.path]
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return [UInt8](try Data(contentsOf: output))
    }

    static func utf16LittleEndianWithBOM(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    @Test func importsLegacyEncodingsAndRefusesABinaryFileWhileImportingTheOthers() throws {
        let library = TemporaryLibrary()
        try FileManager.default.createDirectory(at: library.root, withIntermediateDirectories: true)
        let gb = try #require(try Self.gb18030(Self.lecture, in: library.directory), "iconv is needed")
        try Data(gb).write(to: library.directory.path("lecture-gb.txt"))
        try Data(Self.utf16LittleEndianWithBOM(Self.notes)).write(to: library.directory.path("notes-utf16.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00, 0x00, 0x01]).write(to: library.directory.path("slides.pptx"))

        let run = try library.run(["training", "import", "lecture-gb.txt", "slides.pptx", "notes-utf16.txt"])
        #expect(run.status == 1, "a refused file makes the run fail")
        #expect(run.stderr.contains("slides.pptx"), "\(run.stderr)")
        #expect(run.stderr.contains("slides.pptx：拒绝导入：不是文本文档"), "\(run.stderr)")
        #expect(run.stdout.contains("lecture-gb.txt:0: 警告：按 GB18030 编码读取"), "\(run.stdout)")
        #expect(run.stdout.contains("已导入 2/3 个文件"))

        let records = library.folder.load().allRecords.filter { $0.kind == .training }
        #expect(records.map(\.id).sorted() == ["T-lecture-gb", "T-notes-utf16"])
        let lecture = try #require(records.first { $0.id == "T-lecture-gb" })
        #expect(lecture.title == "第三方意见征求程序讲义")
        #expect(lecture.date == "2021-03-05")
        #expect(lecture.text("body")?.contains("第三十二条") == true)
        #expect(lecture.text("body")?.contains("\r") == false)
        let notes = try #require(records.first { $0.id == "T-notes-utf16" })
        #expect(notes.text("body")?.hasSuffix("档案移交后按照档案管理的规定办理。") == true)
        #expect(FileManager.default.fileExists(atPath: library.directory.path("Index").path), "the index was updated")
    }

    @Test func setsTheTitleOfOneDocumentAndRejectsItForSeveral() throws {
        let library = TemporaryLibrary()
        try FileManager.default.createDirectory(at: library.root, withIntermediateDirectories: true)
        try library.directory.write(Self.notes, to: "notes.txt")
        let run = try library.run(["training", "import", "notes.txt", "--title", "档案类申请培训"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(library.folder.load().allRecords.first?.title == "档案类申请培训")
        let several = try library.run(["training", "import", "notes.txt", "notes.txt", "--title", "x"])
        #expect(several.status == 2)
    }
}
