import CaseLibrary
import CaseServices
import Foundation

/// `caselib report --year Y [--quarter Q] --out DIR [--office O] [--no-pdf]`: tables 三 and 四 of the
/// annual report (or a quarterly bulletin) counted from the register — `report.html`, `report.pdf`,
/// `table3.csv`, `table4.csv`. A failing check is an error: nothing is written and the exit is 1.
enum ReportCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["year", "quarter", "out", "office"], flags: ["no-pdf"], command: "report")
        guard arguments.positional.isEmpty else {
            throw CommandLineArguments.UsageError(message: "report 不接受位置参数，收到了“\(arguments.positional[0])”")
        }
        guard let year = arguments.value("year").flatMap({ Int($0) }) else {
            throw CommandLineArguments.UsageError(message: "report 需要 --year YYYY（四位数年度）")
        }
        let quarter = try arguments.value("quarter").map { text -> Int in
            guard let number = Int(text) else { throw CommandLineArguments.UsageError(message: "--quarter 应为 1 至 4，收到了“\(text)”") }
            return number
        }
        guard let out = arguments.value("out") else { throw CommandLineArguments.UsageError(message: "report 需要 --out DIR（输出目录）") }
        let root = Caselib.service(arguments).folder.root
        let printer = PDFPrinter()
        let wantsPDF = !arguments.flag("no-pdf")
        if wantsPDF, printer.executable == nil {
            throw CaselibError("生成 PDF 需要 Chromium（在 PATH 中找 chromium、chromium-browser）；请安装，或加 --no-pdf 只写 HTML 和 CSV。未写出任何文件")
        }
        let office = try arguments.value("office") ?? CompilationConfig.load(libraryRoot: root).office
        do {
            let period = try ReportPeriod(year: year, quarter: quarter)
            let report = try RegisterService(libraryRoot: root).report(period)
            let written = try AnnualReportWriter().write(
                report, to: URL(fileURLWithPath: out), office: office, printer: wantsPDF ? printer : nil)
            print(summary(report))
            print("已写出：\(written.map(\.lastPathComponent).joined(separator: "、"))（\(URL(fileURLWithPath: out).path)）")
            return 0
        } catch let error as ServiceError {
            Caselib.printError(error.description)
            return 1
        }
    }

    static func summary(_ report: AnnualReport) -> String {
        let rows = report.applicationRows
        let received = rows.first { $0.row.kind == .received }?.total ?? 0
        let carriedIn = rows.first { $0.row.kind == .carriedIn }?.total ?? 0
        let answered = rows.first { $0.row.kind == .answeredTotal }?.total ?? 0
        let carriedOut = rows.first { $0.row.kind == .carriedOut }?.total ?? 0
        let proceedings = report.proceedingRows.map { "\($0.category) \($0.total) 件" }.joined(separator: "，")
        return """
            \(report.period.title)（\(report.period.start) 至 \(report.period.end)）：新收申请 \(received) 件，上期结转 \(carriedIn) 件，\
            办结 \(answered) 件，结转下期 \(carriedOut) 件；\(proceedings)。
            核对：全部 \(report.checks.count) 项相符。
            """
    }
}
