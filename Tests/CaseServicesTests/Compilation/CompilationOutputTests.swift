import CaseLibrary
import Foundation
import Testing

@testable import CaseServices

struct CompilationOutputTests {
    /// Identifiers planted in every kind of text field of a published case and its outcome.
    static let plantedID = "11010519491231002X"  // X is the GB 11643 check character of these 17 digits
    static let planted = [plantedID, "13812345678", "021-64881234", "4111111111111111", "zhangsan@example.com", "139 1234 5678"]

    static func recordsWithPersonalData() throws -> [Record] {
        try CompilationFixture.cases2023 { specs in
            specs[0].title = "申请公开13812345678机主信息案"
            specs[0].request = "申请人（身份证号\(plantedID)）申请公开。联系电话021-64881234，邮箱zhangsan@example.com。"
            specs[0].note = "退款至卡号4111111111111111。"
            specs[0].legal = ["《政府信息公开条例》第十五条（139 1234 5678）"]
            specs[0].analysis = "电话139 1234 5678。"
            specs[0].tags = ["13812345678"]
        } + [try CompilationFixture.makeOutcome(
            "o9", case: "c01", stage: "行政复议", result: "维持", date: "2023-04-02",
            summary: "申请人手机13812345678。")]
    }

    @Test func plantedIdentifierHasAValidCheckDigit() {
        #expect(IdentifierChecks.isValidIDNumber18(Self.plantedID))
    }

    @Test func refusesToCompilePersonalDataWithoutRedaction() throws {
        let records = try Self.recordsWithPersonalData()
        let error = try #require(throws: CompilationError.self) { try CompilationFixture.build(records) }
        #expect(error.code == .personalData)
        #expect(error.findings.map(\.description) == [
            "c01 analysis: mobile", "c01 legal_basis[0]: mobile", "c01 request: email", "c01 request: idNumber",
            "c01 request: landline", "c01 response_note: bankCard", "c01 tags[0]: mobile", "c01 title: mobile", "o9 summary: mobile",
        ])
        for raw in Self.planted { #expect(!error.description.contains(raw)) }
    }

    @Test func redactedOutputContainsNoPlantedIdentifier() throws {
        let compilation = try CompilationFixture.build(Self.recordsWithPersonalData(), redact: true)
        #expect(compilation.redactions.count == 9)
        let directory = try CompilationFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try CompilationWriter().write(compilation, to: directory)
        #expect(files.map(\.lastPathComponent) == CompilationWriter.fileNames)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let digitsOnly = text.filter(\.isNumber)
            for raw in Self.planted {
                #expect(!text.contains(raw), "\(raw) in \(file.lastPathComponent)")
                let rawDigits = raw.filter(\.isNumber)
                if rawDigits.count >= 11 { #expect(!digitsOnly.contains(rawDigits)) }
            }
        }
        let markdown = try String(contentsOf: directory.appendingPathComponent("compilation.md"), encoding: .utf8)
        #expect(markdown.contains("110\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*2X"))
        let excluded = try String(contentsOf: directory.appendingPathComponent("excluded.txt"), encoding: .utf8)
        #expect(excluded.contains("c01 申请内容：身份证号码"))
    }

    @Test func masksIdentifiersInExcludedTitlesToo() throws {
        let records = try CompilationFixture.cases2023 { $0[3].title = "身份证\(Self.plantedID)案" }
        let text = ExclusionListRenderer().render(try CompilationFixture.build(records))
        #expect(!text.contains(Self.plantedID))
        #expect(text.contains("c04"))
    }

    @Test func rerunsAreByteIdentical() throws {
        let first = try CompilationFixture.temporaryDirectory()
        let second = try CompilationFixture.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        try CompilationWriter().write(CompilationFixture.build(Self.recordsWithPersonalData(), redact: true), to: first)
        try CompilationWriter().write(CompilationFixture.build(Self.recordsWithPersonalData().reversed(), redact: true), to: second)
        for name in CompilationWriter.fileNames {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(!a.isEmpty)
            #expect(a == b, "\(name) differs between runs")
        }
    }

    @Test func htmlIsWellFormedAndEscapesRecordText() throws {
        let records = try CompilationFixture.cases2023 {
            $0[0].request = "申请内容<script>alert('x')</script>及 a & b \"引号\""
            $0[0].title = "标题<b>粗体</b>"
        }
        let html = HTMLRenderer().render(try CompilationFixture.build(records))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("a &amp; b &quot;引号&quot;"))
        #expect(try TagBalance.check(html) == [])
        #expect(html.contains("@page { size: A4;"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("@import"))
        let markdown = MarkdownRenderer().render(try CompilationFixture.build(records))
        #expect(!markdown.contains("<script>"))
    }

    @Test func failedWriteLeavesNoPartialFile() throws {
        let directory = try CompilationFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The target name is taken by a non-empty directory, so the final rename must fail.
        let blocked = directory.appendingPathComponent("compilation.html")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("keep"), withIntermediateDirectories: true)
        let compilation = try CompilationFixture.build(CompilationFixture.cases2023())
        let error = try #require(throws: CompilationError.self) { try CompilationWriter().write(compilation, to: directory) }
        #expect(error.code == .writeFailed)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["compilation.html", "compilation.md"])
        #expect(!names.contains { $0.contains(".tmp-") })
    }

    @Test func atomicWriteReplacesExistingFile() throws {
        let directory = try CompilationFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("x.txt")
        try CompilationWriter.writeAtomically(Array("old".utf8), to: url)
        try CompilationWriter.writeAtomically(Array("new".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["x.txt"])
    }
}
