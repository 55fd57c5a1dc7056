import CaseLibrary
import CaseServices
import Foundation

/// validate, index, import, export.
enum LibraryCommands {
    static func validate(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: [], flags: [], command: "validate")
        let service = Caselib.service(arguments)
        guard FileManager.default.fileExists(atPath: service.folder.root.path) else {
            throw CaselibError("no library at \(service.folder.root.path)")
        }
        let contents = service.folder.load()
        var problems = contents.problems
        problems += try StatuteSources.load(from: service.folder.root).problems
        let citations = CitationCheck.findings(in: contents, root: service.folder.root)
        problems += citations.errors
        problems += service.thesaurus().problems
        for problem in problems { print(problem) }
        for warning in citations.warnings {
            print("\(warning.path):\(warning.line): warning: \(warning.problem)")
        }
        let files = service.folder.recordFilePaths().count
        if problems.isEmpty {
            print("\(files) record files checked: no problems")
            return 0
        }
        print("\(files) record files checked: \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(contents.rejectedPaths.count) file\(contents.rejectedPaths.count == 1 ? "" : "s")")
        return 1
    }

    static func index(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["shards"], flags: ["rebuild"], command: "index")
        let service = Caselib.service(arguments)
        let shards = arguments.value("shards") == nil ? nil : try arguments.integer("shards", default: 1, range: 1...64)
        let started = Date()
        let progress = Progress(label: "indexing")
        let run = try service.updateIndex(rebuild: arguments.flag("rebuild"), shards: shards, progress: { progress.update($0, $1) })
        progress.finish()
        for problem in run.problems { Caselib.printError("skipped: \(problem)") }
        let report = run.report
        if let count = service.shardCount { print("索引分为 \(count) 个分片：\(service.indexRoot.path)/shard-0 … shard-\(count - 1)") }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        if report.wroteIndex {
            print("\(report.rebuilt ? "rebuilt" : "updated") \(service.indexRoot.path): \(report.added) added, \(report.updated) changed, \(report.removed) removed, \(report.unchanged) unchanged; \(report.documentCount) documents (\(seconds) s)")
        } else {
            print("index is up to date: \(report.unchanged) files unchanged, \(report.documentCount) documents (\(seconds) s)")
        }
        return run.problems.isEmpty ? 0 : 1
    }

    static func importJSONL(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: [], flags: [], command: "import")
        guard arguments.positional.count == 1, let path = arguments.positional.first else {
            throw CommandLineArguments.UsageError(message: "import takes one JSONL file")
        }
        let service = Caselib.service(arguments)
        let run = try service.importJSONL(at: URL(fileURLWithPath: path), displayPath: path)
        for problem in run.problems { print(problem) }
        print("imported \(run.written.count) record\(run.written.count == 1 ? "" : "s") into \(service.folder.root.path); \(run.problems.count) line problem\(run.problems.count == 1 ? "" : "s")")
        if let index = run.index { print("index: \(index.added + index.updated) files indexed, \(index.documentCount) documents") }
        return run.problems.isEmpty ? 0 : 1
    }

    static func export(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["out"], flags: [], command: "export")
        let service = Caselib.service(arguments)
        let (text, problems) = service.exportJSONL()
        for problem in problems { Caselib.printError("not exported: \(problem)") }
        if let out = arguments.value("out") {
            try AtomicFile.write(text, to: URL(fileURLWithPath: out))
            Caselib.printError("wrote \(text.split(separator: "\n").count) records to \(out)")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        return problems.isEmpty ? 0 : 1
    }
}
