import CaseLibrary
import Foundation
import Testing
import TestSupport

/// Runs the built `caselib` with its output captured in files (no pipe can fill up).
struct CaselibRun {
    let status: Int32
    let stdout: String
    let stderr: String

    static func run(_ arguments: [String], in directory: URL, environment: [String: String]? = nil) throws -> CaselibRun {
        let executable = try #require(ProjectPaths.caselib, "build caselib first")
        let out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return CaselibRun(
            status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}

/// A temporary `Cases/` folder written through `LibraryFolder`.
struct TemporaryLibrary {
    let directory = TemporaryDirectory("caselib-e2e")
    var root: URL { directory.path("Cases") }
    var folder: LibraryFolder { LibraryFolder(root: root) }

    func add(_ object: [String: Any]) throws {
        let record = try #require(Fixtures.record(object), "invalid fixture \(object)")
        try folder.write(record)
    }

    func run(_ arguments: [String], environment: [String: String]? = nil) throws -> CaselibRun {
        try CaselibRun.run(arguments + ["--cases", root.path, "--index", directory.path("Index").path], in: directory.url,
                           environment: environment)
    }

    /// Copies the real 2019 OGI Regulations into `Cases/statutes/`; false when the corpus is absent.
    func installStatutes() throws -> Bool {
        guard let source = ProjectPaths.shared("corpora/lawrefbook/行政法规/政府信息公开条例(2019-04-03).md") else { return false }
        try directory.write(try String(contentsOf: source, encoding: .utf8), to: "Cases/statutes/政府信息公开条例(2019-04-03).md")
        return true
    }
}

/// A resident ID number with a valid GB 11643-1999 check digit.
func validIDNumber(_ first17: String = "11010519491231002") -> String {
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let sum = zip(first17.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
    let checks = Array("10X98765432")
    return first17 + String(checks[sum % 11])
}

@Suite struct CompileCommandTests {
    static let office = "某市公安局政府信息公开办公室"

    static func library() throws -> TemporaryLibrary {
        let library = TemporaryLibrary()
        try library.add(Fixtures.caseJSON(id: "2023-XH-0001"))
        try library.add(Fixtures.caseJSON(id: "2023-XH-0002", ["category": "户籍类", "legal_basis": ["《条例》第十五条"]]))
        try library.add(Fixtures.caseJSON(id: "2023-XH-0003", ["review": ["status": "draft", "secrecy_checked": false]]))
        try library.add(Fixtures.outcomeJSON(caseID: "2023-XH-0001"))
        return library
    }

    static func files(in directory: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            out[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return out
    }

    @Test func writesEveryFileAndTheSameBytesOnARerun() throws {
        let library = try Self.library()
        let arguments = ["compile", "--year", "2023", "--office", Self.office, "--date", "2024-01-15"]
        let first = try library.run(arguments + ["--out", "out"])
        #expect(first.status == 0, "\(first.stderr)")
        let out = library.directory.path("out")
        let written = try Self.files(in: out)
        #expect(Set(written.keys) == ["compilation.md", "compilation.html", "statistics.csv", "excluded.txt"])
        #expect(first.stdout.contains("2023-XH-0003\t未审核/草稿"), "the exclusion report is printed")
        let markdown = String(decoding: try #require(written["compilation.md"]), as: UTF8.self)
        #expect(markdown.contains(Self.office))
        #expect(markdown.contains("| 《政府信息公开条例》第十五条 | [2023-01](#case-2023-01)、[2023-02](#case-2023-02) |"))
        #expect(!markdown.contains("2023-XH-0003"))

        let again = try library.run(arguments + ["--out", "out"])
        #expect(again.status == 0)
        #expect(try Self.files(in: out) == written, "a rerun writes the same bytes")
        _ = try library.run(arguments + ["--out", "other"])
        #expect(try Self.files(in: library.directory.path("other")) == written)
    }

    @Test func refusesPersonalDataWithoutRedactionAndMasksItWith() throws {
        let library = try Self.library()
        let id = validIDNumber()
        try library.add(Fixtures.caseJSON(id: "2023-XH-0004", ["request": "申请人（身份证号\(id)）申请公开处罚决定书。"]))
        let refused = try library.run(["compile", "--year", "2023", "--out", "out", "--office", Self.office])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("2023-XH-0004 request: idNumber"), "\(refused.stderr)")
        #expect(!refused.stderr.contains(id))
        #expect(!FileManager.default.fileExists(atPath: library.directory.path("out").path), "nothing is written")

        let redacted = try library.run(["compile", "--year", "2023", "--out", "out", "--office", Self.office, "--redact"])
        #expect(redacted.status == 0, "\(redacted.stderr)")
        #expect(!redacted.stdout.contains(id))
        for (name, data) in try Self.files(in: library.directory.path("out")) {
            #expect(!String(decoding: data, as: UTF8.self).contains(id), "raw ID number in \(name)")
        }
        let excluded = try String(contentsOf: library.directory.path("out/excluded.txt"), encoding: .utf8)
        #expect(excluded.contains("2023-XH-0004 申请内容：身份证号码"), "excluded.txt is in Chinese")
    }

    @Test func readsDefaultsFromTheConfigFileAndLetsFlagsOverrideThem() throws {
        let library = try Self.library()
        try library.directory.write("# defaults\ntitle = 典型案例选编\noffice = 配置里的办公室\n", to: "Cases/compilation.conf")
        let run = try library.run(["compile", "--year", "2023", "--out", "out"])
        #expect(run.status == 0, "\(run.stderr)")
        let markdown = try String(contentsOf: library.directory.path("out/compilation.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# 典型案例选编\n"))
        #expect(markdown.contains("配置里的办公室"))
        _ = try library.run(["compile", "--year", "2023", "--out", "out", "--office", "命令行的办公室"])
        let overridden = try String(contentsOf: library.directory.path("out/compilation.md"), encoding: .utf8)
        #expect(overridden.contains("命令行的办公室") && !overridden.contains("配置里的办公室"))
    }

    @Test func explainsMissingOptionsAndAMissingChromium() throws {
        let library = try Self.library()
        let noOffice = try library.run(["compile", "--year", "2023", "--out", "out"])
        #expect(noOffice.status == 1)
        #expect(noOffice.stderr.contains("未指定发布机关：请加 --office O"))
        let noYear = try library.run(["compile", "--out", "out"])
        #expect(noYear.status == 2)
        let noChromium = try library.run(
            ["compile", "--year", "2023", "--out", "out", "--office", Self.office, "--pdf"], environment: ["PATH": "/nonexistent"])
        #expect(noChromium.status == 1)
        #expect(noChromium.stderr.contains("Chromium"), "\(noChromium.stderr)")
    }
}

@Suite struct CitationValidationTests {
    @Test func reportsLegalBasisThatDoesNotResolveWithItsLine() throws {
        let library = TemporaryLibrary()
        try library.add(Fixtures.caseJSON(id: "2023-XH-0001", ["legal_basis": ["《条例》第十五条", "《条例》第九十九条"]]))
        let clean = try library.run(["validate"])
        #expect(clean.status == 0, "no statutes folder: no citation problems; \(clean.stdout)")
        guard try library.installStatutes() else { return }
        let run = try library.run(["validate"])
        #expect(run.status == 1)
        let file = try String(contentsOf: library.root.appendingPathComponent("cases/2023-XH-0001.md"), encoding: .utf8)
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("第九十九条") }) + 1
        let expected = "cases/2023-XH-0001.md:\(line): legal_basis[1]: 《政府信息公开条例》第九十九条：在 Cases/statutes 中找不到该条文"
        #expect(run.stdout.contains(expected), "\(run.stdout)")
        #expect(!run.stdout.contains("第十五条：在 Cases/statutes 中找不到该条文"))
    }

    @Test func citationsTheLibraryCannotLinkAreWarningsNotErrors() throws {
        let library = TemporaryLibrary()
        try library.add(Fixtures.caseJSON(id: "2017-XH-0001", [
            "year": 2017, "received": "2017-03-01", "answered": "2017-03-20", "regime": "2008",
            "legal_basis": ["《中华人民共和国政府信息公开条例》第十四条"],
        ]))
        try library.add(Fixtures.caseJSON(id: "2023-XH-0002", ["legal_basis": ["《中华人民共和国档案法》第十九条"]]))
        guard try library.installStatutes() else { return }
        let run = try library.run(["validate"])
        #expect(run.status == 0, "warnings do not fail validation: \(run.stdout)")
        #expect(run.stdout.contains("cases/2017-XH-0001.md:"), "\(run.stdout)")
        #expect(run.stdout.contains("警告：legal_basis[0]: 《政府信息公开条例》第十四条：Cases/statutes 中没有本案当时施行的版本，未能链接（显示为未解析）"), "\(run.stdout)")
        #expect(run.stdout.contains("，未能链接"), "\(run.stdout)")
    }
}
