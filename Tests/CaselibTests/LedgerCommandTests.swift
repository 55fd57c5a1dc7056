import Foundation
import TestSupport
import Testing

/// `caselib ledger import` and `caselib report`, end to end on the built binary: the generated
/// register (UTF-8 and GB18030 files) in, tables out, every figure against the independent count.
struct LedgerCommandTests {
    static let register = RegisterGenerator()

    /// A workspace whose register holds the generated applications and proceedings.
    func importedWorkspace() throws -> CaselibWorkspace {
        let workspace = CaselibWorkspace()
        let files: [(String, [UInt8])] = [
            ("申请登记2021-2022.csv", Self.register.applicationsCSV(years: 2021...2022, encoding: .utf8)),
            ("申请登记2023.csv", Self.register.applicationsCSV(years: 2023...2023, encoding: .gb18030)),
            ("复议诉讼2021-2022.csv", Self.register.proceedingsCSV(years: 2021...2022, encoding: .utf8WithBOM)),
            ("复议诉讼2023.csv", Self.register.proceedingsCSV(years: 2023...2023, encoding: .gb18030)),
        ]
        for (name, bytes) in files { try Data(bytes).write(to: workspace.directory.path(name)) }
        let result = try workspace.run(["ledger", "import"] + files.map(\.0))
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("已导入申请 660 条（其中替换原有 0 条）、复议诉讼记录 \(Self.register.proceedings.count) 条"))
        return workspace
    }

    /// A CSV file written by `report`, as lines of cells (BOM and CRLF removed).
    func csv(_ url: URL) throws -> [[String]] {
        let bytes = try [UInt8](Data(contentsOf: url))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        return text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func importsTheRegisterAndReportsEveryYearAsTheIndependentCountDoes() throws {
        let workspace = try importedWorkspace()
        let stored = try FileManager.default.contentsOfDirectory(atPath: workspace.cases.appendingPathComponent("ledger").path).sorted()
        #expect(stored == ["applications-2021.csv", "applications-2022.csv", "applications-2023.csv", "proceedings-2021.csv", "proceedings-2022.csv", "proceedings-2023.csv"])
        for (year, quarter) in [(2021, nil), (2022, nil), (2023, nil), (2023, 2)] as [(Int, Int?)] {
            let out = "report-\(year)-\(quarter ?? 0)"
            let result = try workspace.run(
                ["report", "--year", "\(year)", "--out", out, "--no-pdf"] + (quarter.map { ["--quarter", "\($0)"] } ?? []))
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("核对：全部 10 项相符。"))
            let start = quarter.map { "\(year)-\(["01", "04", "07", "10"][$0 - 1])-01" } ?? "\(year)-01-01"
            let end = quarter.map { "\(year)-\(["03-31", "06-30", "09-30", "12-31"][$0 - 1])" } ?? "\(year)-12-31"
            let table3 = try csv(workspace.directory.path("\(out)/table3.csv"))
            #expect(table3.first == ["项目", "细项", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
            let expected3 = IndependentCount.table3(Self.register, start: start, end: end)
            #expect(table3.dropFirst().map { "\($0[0])|\($0[1])" } == IndependentCount.table3Keys)
            for line in table3.dropFirst() {
                #expect(line.dropFirst(2).map { Int($0) } == (expected3["\(line[0])|\(line[1])"] ?? Array(repeating: 0, count: 7)), "\(year) \(line)")
            }
            let table4 = try csv(workspace.directory.path("\(out)/table4.csv"))
            #expect(table4.first == ["类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
            #expect(table4.dropFirst().map { $0[0] } == ["行政复议", "未经复议直接起诉", "复议后起诉"])
            let expected4 = IndependentCount.table4(Self.register, start: start, end: end)
            for line in table4.dropFirst() { #expect(line.dropFirst().map { Int($0) ?? -1 } == expected4[line[0]]) }
            let html = try String(contentsOf: workspace.directory.path("\(out)/report.html"), encoding: .utf8)
            #expect(html.contains("三、收到和处理政府信息公开申请情况") && html.contains("全部 10 项核对相符"))
        }
    }

    @Test func reportsBadLinesAsFileLineColumnAndKeepsTheRest() throws {
        let workspace = CaselibWorkspace()
        let text = """
            编号,收到日期,申请人类型,申请人子类,承办单位,答复日期,答复结果,答复细项,延期,案例编号
            2023-XH-0001,2023-01-05,自然人,,徐汇分局,2023-01-20,予以公开,,,
            2023-XH-0002,2023-02-30,自然人,,徐汇分局,,,,,
            2023-XH-0003,2023-03-01,某公司,,徐汇分局,,,,,
            2023-XH-0004,2023/3/1,法人或其他组织,科研机构,徐汇分局,2023年3月9日,无法提供,本机关不掌握相关政府信息,是,

            """
        try workspace.directory.write(text, to: "bad.csv")
        try workspace.directory.write("申请编号,程序,立案日期,审结日期,结果\n2023-XH-0001,一审,2023-02-01,2023-05-01,驳回诉讼请求\n2023-XH-0009,行政复议,2023-02-01,,\n", to: "p.csv")
        let result = try workspace.run("ledger", "import", "bad.csv", "p.csv")
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "bad.csv:3: 收到日期: 日期不存在：2023-02-30",
            "bad.csv:4: 申请人类型: 应为“自然人”或“法人或其他组织”，而不是“某公司”",
            "p.csv:3: 申请编号: 登记中没有编号为 2023-XH-0009 的申请",
        ])
        #expect(result.stdout.contains("已导入申请 2 条") && result.stdout.contains("跳过有错误的行 3 行"))
        #expect(try workspace.run("ledger", "check").status == 0)

        // Re-importing the same 编号 replaces the line.
        try workspace.directory.write(
            "编号,收到日期,申请人类型,承办单位\n2023-XH-0001,2023-01-05,法人或其他组织,徐汇分局\n", to: "again.csv")
        let again = try workspace.run("ledger", "import", "again.csv")
        #expect(again.status == 0 && again.stdout.contains("其中替换原有 1 条"))
        let report = try workspace.run("report", "--year", "2023", "--out", "out", "--no-pdf")
        #expect(report.status == 0, "\(report)")
        let table3 = try csv(workspace.directory.path("out/table3.csv"))
        #expect(table3[1] == ["一、本年新收政府信息公开申请数量", "", "0", "0", "1", "0", "0", "1", "2"])
        #expect(table3.last == ["四、结转下年度继续办理", "", "0", "0", "0", "0", "0", "1", "1"])
    }

    @Test func refusesAReportWithoutARegisterOrWithABrokenOne() throws {
        let workspace = CaselibWorkspace()
        try FileManager.default.createDirectory(at: workspace.cases, withIntermediateDirectories: true)
        let empty = try workspace.run("report", "--year", "2023", "--out", "out", "--no-pdf")
        #expect(empty.status == 1 && empty.stderr.contains("台账中没有任何申请"))
        try workspace.directory.write("编号,收到日期,申请人类型,承办单位\nA-1,2023-13-01,自然人,市局\n", to: "Cases/ledger/applications-2023.csv")
        let broken = try workspace.run("report", "--year", "2023", "--out", "out", "--no-pdf")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("Cases/ledger/applications-2023.csv:2: 收到日期: 日期不存在：2023-13-01"))
        #expect(!FileManager.default.fileExists(atPath: workspace.directory.path("out").path))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "skipped: pdftotext (poppler-utils) is not installed"))
    func printsTheReportAsPDF() throws {
        let workspace = try importedWorkspace()
        let result = try workspace.run("report", "--year", "2022", "--out", "out", "--office", "某市公安局")
        guard !result.stderr.contains("Chromium") else { return }  // no Chromium: the refusal is tested by the message
        #expect(result.status == 0, "\(result)")
        let text = try CommandRunner.run(
            [workspace.directory.path("out/report.pdf").path, "-"], executable: URL(fileURLWithPath: "/usr/bin/pdftotext"))
        #expect(text.stdout.contains("某市公安局"))
        #expect(text.stdout.contains("收到和处理政府信息公开申请情况"))
        #expect(text.stdout.contains("未经复议直接起诉"))
    }
}

extension CaselibWorkspace {
    /// Runs `caselib` with an argument list built at run time.
    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments, in: directory.url)
        #expect(!result.crashed, "caselib \(arguments.joined(separator: " ")) crashed: \(result)")
        return result
    }
}
