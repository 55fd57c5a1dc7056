import CaseLibrary
import CaseServices
import Foundation

/// `caselib compile --year Y --out DIR [--title T] [--office O] [--redact] [--pdf] [--date YYYY-MM-DD]`:
/// the yearly compilation of typical cases.
///
/// Defaults for the title and the issuing office may be set in `Cases/compilation.conf`
/// (`title = …`, `office = …` lines; `#` comments); flags override them. The output is the same
/// bytes on every run over the same records (the PDF excepted: Chromium stamps it).
enum CompileCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(
            raw, valued: ["year", "out", "title", "office", "date"], flags: ["redact", "pdf", "consultation"], command: "compile")
        guard arguments.positional.isEmpty else {
            throw CommandLineArguments.UsageError(message: "compile 不接受位置参数，收到 ‘\(arguments.positional[0])’")
        }
        guard let yearText = arguments.value("year"), let year = Int(yearText), (1990...2100).contains(year) else {
            throw CommandLineArguments.UsageError(message: "compile 需要 --year YYYY（四位数年度）")
        }
        guard let out = arguments.value("out") else { throw CommandLineArguments.UsageError(message: "compile 需要 --out DIR") }
        let service = Caselib.service(arguments)
        let root = service.folder.root
        guard FileManager.default.fileExists(atPath: root.path) else { throw CaselibError("案例库目录不存在：\(root.path)") }
        let config = try CompilationConfig.load(libraryRoot: root)
        guard arguments.value("office") != nil || config.office != nil else {
            throw CaselibError("未指定发布机关：请加 --office O，或在 \(root.path)/\(CompilationConfig.fileName) 中写入 ‘office = …’")
        }
        let printer = PDFPrinter()
        if arguments.flag("pdf"), printer.executable == nil {
            throw CaselibError("--pdf 需要 Chromium（在 PATH 中找 chromium、chromium-browser）：请安装 chromium。未写出任何文件")
        }
        let options = try config.options(
            title: arguments.value("title"), office: arguments.value("office"), redact: arguments.flag("redact"),
            generatedOn: arguments.value("date"), includeConsultation: arguments.flag("consultation"))

        let register: Ledger?
        do {
            register = try RegisterService(libraryRoot: root).storedLedger(allowEmpty: true)
        } catch let error as ServiceError {
            Caselib.printError(error.description)
            return 1
        }
        let contents = service.folder.load()
        for problem in contents.problems { Caselib.printError("已跳过：\(problem)") }
        let progress = Progress(label: "编印中")
        let compilation: Compilation
        do {
            compilation = try CompilationBuilder(provisionResolver: StatuteProvisionResolver()).build(
                records: contents.allRecords, year: year, options: options, register: register, progress: { done, total, _ in progress.update(done, total) })
        } catch let error as CompilationError where error.code == .personalData {
            progress.finish()
            Caselib.printError("拒绝编印：入选案例中发现 \(error.findings.count) 处个人信息，请删除或加 --redact 遮盖后编印")
            for finding in error.findings {
                FileHandle.standardError.write(Data("  \(finding)　\(FieldLabels.describe(finding))\n".utf8))
            }
            return 1
        }
        progress.finish()
        // Every finding is listed, by record and field, before anything is written.
        if !compilation.redactions.isEmpty {
            print("将遮盖 \(compilation.redactions.count) 处个人信息（只列位置和种类，不列内容）：")
            for finding in compilation.redactions { print("  \(FieldLabels.describe(finding))") }
        }
        let directory = URL(fileURLWithPath: out)
        let written = try CompilationWriter().write(compilation, to: directory, progress: { done, total, _ in progress.update(done, total) })
        var files = written.map(\.lastPathComponent)
        if arguments.flag("pdf") {
            let pdf = directory.appendingPathComponent("compilation.pdf")
            try PagedPDFPrinter(printer: printer).print(render: { HTMLRenderer().render(compilation, pageNumbers: $0) }, to: pdf)
            files.append(pdf.lastPathComponent)
        }
        progress.finish()
        print("已编印\(year)年度案例汇编，入选 \(compilation.cases.count) 件，输出到 \(directory.path)：\(files.joined(separator: "、"))")
        if !compilation.redactions.isEmpty { print("已遮盖个人信息 \(compilation.redactions.count) 处") }
        print(compilation.statistics.sourceNote)
        print("")
        print(ExclusionListRenderer().render(compilation), terminator: "")
        return 0
    }
}
