import CaseServices
import Foundation

/// `caselib training import FILE... [--title T]`: legacy text documents as training material.
///
/// Prints each doubt as `file:line: warning: …`, each refused file with why, and one line per
/// imported record; exits 1 when any file failed (the others are still imported and indexed).
enum TrainingCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["title"], flags: [], command: "training")
        guard arguments.positional.first == "import" else {
            throw CommandLineArguments.UsageError(message: "training takes the subcommand ‘import FILE...’")
        }
        let paths = Array(arguments.positional.dropFirst())
        guard !paths.isEmpty else { throw CommandLineArguments.UsageError(message: "training import needs at least one FILE") }
        if arguments.value("title") != nil, paths.count > 1 {
            throw CommandLineArguments.UsageError(message: "--title names one document; give one FILE with it")
        }
        let service = Caselib.service(arguments)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let files = paths.map { (url: URL(fileURLWithPath: $0, relativeTo: cwd), display: $0) }
        let run = try TrainingImport(service: service).importFiles(files, title: arguments.value("title"))
        for file in run.files {
            for warning in file.warnings { print("\(warning.path):\(warning.line): warning: \(warning.message)") }
            if let failure = file.failure {
                Caselib.printError(failure)
            } else if let written = file.written, let id = file.recordID {
                print("imported \(file.path) as \(id) (\(written))")
            }
        }
        let imported = run.files.filter { $0.written != nil }.count
        print("imported \(imported) of \(run.files.count) document\(run.files.count == 1 ? "" : "s") into \(service.folder.root.path)")
        if let index = run.index { print("index: \(index.added + index.updated) files indexed, \(index.documentCount) documents") }
        return run.hasFailures ? 1 : 0
    }
}
