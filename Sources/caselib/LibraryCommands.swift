import CaseLibrary
import CaseServices
import Foundation

/// validate, index, import, export.
enum LibraryCommands {
    static func validate(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: [], flags: [], command: "validate")
        let service = Caselib.service(arguments)
        guard FileManager.default.fileExists(atPath: service.folder.root.path) else {
            throw CaselibError("案例库目录不存在：\(service.folder.root.path)")
        }
        let contents = service.folder.load()
        var problems = contents.problems
        problems += try StatuteSources.load(from: service.folder.root).problems
        let citations = CitationCheck.findings(in: contents, root: service.folder.root)
        problems += citations.errors
        problems += service.thesaurus().problems
        problems += service.elements().problems
        for problem in problems { print(problem) }
        for warning in contents.warnings { print(TerminalText.escaped("\(warning.path):\(warning.line): 警告：\(warning.problem)")) }
        let notices = citations.warnings + PersonalDataCheck.warnings(in: contents, root: service.folder.root)
            + KindCheck.warnings(root: service.folder.root, linker: citations.linker)
        for warning in notices {
            print(TerminalText.escaped("\(warning.path):\(warning.line): 警告：\(warning.problem)"))
        }
        let files = service.folder.recordFilePaths().count
        if problems.isEmpty {
            print("已检查 \(files) 个记录文件：没有问题")
            return 0
        }
        // Counted by the files the problems are in: the domain file and the thesaurus are not record files.
        print("已检查 \(files) 个记录文件：\(Set(problems.map(\.path)).count) 个文件中有 \(problems.count) 个问题")
        return 1
    }

    static func index(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["shards"], flags: ["rebuild"], command: "index")
        let service = Caselib.service(arguments)
        let shards = arguments.value("shards") == nil ? nil : try arguments.integer("shards", default: 1, range: 1...64)
        let started = Date()
        let progress = Progress(label: "索引中")
        let run = try service.updateIndex(rebuild: arguments.flag("rebuild"), shards: shards, progress: { progress.update($0, $1) })
        progress.finish()
        WriterReport.leftovers(cases: run.removedLeftovers.cases, index: run.removedLeftovers.index, service: service)
        if run.liveWriterBusy { WriterReport.liveWriter(service) }
        for problem in run.problems { Caselib.printError("未索引（已跳过）：\(problem)") }
        for warning in run.warnings { Caselib.printError(TerminalText.escaped("警告：\(warning.path):\(warning.line): \(warning.problem)")) }
        let report = run.report
        if let count = service.shardCount { print("索引分为 \(count) 个分片：\(service.indexRoot.path)/shard-0 … shard-\(count - 1)") }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        if report.wroteIndex {
            print("\(report.rebuilt ? "已重建" : "已更新")索引 \(service.indexRoot.path)：新增 \(report.added)，修改 \(report.updated)，删除 \(report.removed)，未变 \(report.unchanged)；共 \(report.documentCount) 个文档（\(seconds) 秒）")
        } else {
            print("索引已是最新：\(report.unchanged) 个文件未变，共 \(report.documentCount) 个文档（\(seconds) 秒）")
        }
        return run.problems.isEmpty ? 0 : 1
    }

    static func importJSONL(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: [], flags: [], command: "import")
        guard arguments.positional.count == 1, let path = arguments.positional.first else {
            throw CommandLineArguments.UsageError(message: "import 需要且只接受一个 JSONL 文件")
        }
        let service = Caselib.service(arguments)
        let run = try service.importJSONL(at: URL(fileURLWithPath: path), displayPath: path)
        WriterReport.importRun(run, service: service, displayPath: path)
        return run.problems.isEmpty && run.indexFailure == nil ? 0 : 1
    }

    static func export(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["out"], flags: [], command: "export")
        let service = Caselib.service(arguments)
        let (text, problems) = service.exportJSONL()
        for problem in problems { Caselib.printError("未导出：\(problem)") }
        if let out = arguments.value("out") {
            try AtomicFile.write(text, to: URL(fileURLWithPath: out))
            Caselib.printError("已将 \(text.split(separator: "\n").count) 条记录写入 \(out)")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        return problems.isEmpty ? 0 : 1
    }
}
