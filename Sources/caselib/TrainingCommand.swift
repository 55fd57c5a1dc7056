import CaseServices
import Foundation

/// `caselib training import FILE... [--title T]`: legacy text documents as training material.
///
/// Prints each doubt as `file:line: 警告：…`, each refused file with why, and one line per
/// imported record; exits 1 when any file failed (the others are still imported and indexed).
enum TrainingCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["title"], flags: [], command: "training")
        guard arguments.positional.first == "import" else {
            throw CommandLineArguments.UsageError(message: "training 的子命令为 ‘import FILE...’")
        }
        let paths = Array(arguments.positional.dropFirst())
        guard !paths.isEmpty else { throw CommandLineArguments.UsageError(message: "training import 至少需要一个 FILE") }
        if arguments.value("title") != nil, paths.count > 1 {
            throw CommandLineArguments.UsageError(message: "--title 只能用于一个文档；使用时只能给一个 FILE")
        }
        let service = Caselib.service(arguments)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let files = paths.map { (url: URL(fileURLWithPath: $0, relativeTo: cwd), display: $0) }
        let run = try TrainingImport(service: service).importFiles(files, title: arguments.value("title"))
        for file in run.files {
            for warning in file.warnings { print("\(warning.path):\(warning.line): 警告：\(warning.message)") }
            if let failure = file.failure {
                Caselib.printError(failure)
            } else if let written = file.written, let id = file.recordID {
                print("已导入 \(file.path)，编号 \(id)（\(written)）")
            }
        }
        let imported = run.files.filter { $0.written != nil }.count
        print("已导入 \(imported)/\(run.files.count) 个文件到 \(service.folder.root.path)")
        if let index = run.index { print("索引：\(index.added + index.updated) 个文件已索引，共 \(index.documentCount) 个文档") }
        return run.hasFailures ? 1 : 0
    }
}
