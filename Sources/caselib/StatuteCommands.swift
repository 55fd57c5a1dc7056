import CaseLibrary
import CaseServer
import CaseServices
import Foundation

/// `caselib statutes import|search` and `caselib eval-statutes`.
enum StatuteCommands {
    static func run(_ raw: [String]) throws -> Int32 {
        guard let sub = raw.first else { throw CommandLineArguments.UsageError(message: "statutes needs import PATH... or search QUESTION") }
        switch sub {
        case "import": return try importFiles(Array(raw.dropFirst()))
        case "search": return try search(Array(raw.dropFirst()))
        case "cases": return try StatuteCasesCommand.run(Array(raw.dropFirst()))
        default: throw CommandLineArguments.UsageError(message: "unknown statutes command ‘\(sub)’ (import, search, cases)")
        }
    }

    /// `statutes import PATH...`: copy into Cases/statutes/, report problems, update the index.
    static func importFiles(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: [], flags: [], command: "statutes import")
        guard !arguments.positional.isEmpty else { throw CommandLineArguments.UsageError(message: "statutes import needs PATH...") }
        let service = Caselib.service(arguments)
        let files = try StatuteImporter.markdownFiles(arguments.positional)
        let started = Date()
        let progress = Progress(label: "importing")
        let report = StatuteImporter(root: service.folder.root).importFiles(files) { progress.update($0, $1) }
        progress.finish()
        for problem in report.problems { print(problem) }
        let importSeconds = Date().timeIntervalSince(started)
        print("已从 \(files.count) 个文件导入 \(report.written.count) 个法规文件到 \(service.folder.root.path)/statutes；跳过 \(report.skipped.count) 个；提示 \(report.problems.count) 条（\(String(format: "%.2f", importSeconds)) 秒）")
        let indexing = Progress(label: "indexing")
        let run = try service.updateIndex(progress: { indexing.update($0, $1) })
        indexing.finish()
        for problem in run.problems { Caselib.printError("未索引：\(problem)") }
        print("索引：\(run.report.added + run.report.updated) 个文件已索引，共 \(run.report.documentCount) 个文档（\(String(format: "%.2f", Date().timeIntervalSince(started) - importSeconds)) 秒）")
        return report.skipped.isEmpty ? 0 : 1
    }

    /// `statutes search QUESTION [--limit N] [--json]`: the articles answering a question.
    static func search(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["limit", "set"], flags: ["json"], command: "statutes search")
        guard !arguments.positional.isEmpty else { throw CommandLineArguments.UsageError(message: "statutes search needs a QUESTION") }
        var weights = StatuteWeights()
        for assignment in arguments.values("set") { try weights.set(assignment) }
        let session = try Caselib.session(arguments)
        for problem in StatuteDomain.load(from: session.library.folder.root).problems { Caselib.printError("\(problem)") }
        let results = try session.statutes(answering: arguments.positional.joined(separator: " "),
                                           limit: try arguments.integer("limit", default: 10, range: 1...100), weights: weights)
        if arguments.flag("json") {
            print(JSONWriter.compact(StatuteJSON.results(results)))
            return 0
        }
        printResults(results)
        return 0
    }

    static func printResults(_ results: [StatuteResult], limit: Int = 100, indent: String = "") {
        for (offset, result) in results.prefix(limit).enumerated() {
            print("\(indent)\(offset + 1). 《\(result.field("law") ?? "")》(\(result.field("version") ?? "")) \(result.field("article") ?? "")  (\(TextRendering.score(result.score)))")
            print("\(indent)   " + TextRendering.passage(result.snippet))
        }
    }
}

extension StatuteCommands {
    /// `eval-statutes --queries F [--corpus DIR] [--work DIR] [--records F.jsonl] [--set NAME=V] [--verbose]`:
    /// imports the corpus into a temporary library (kept in `--work DIR` and reused when given),
    /// with the thesaurus and domain files of `--cases` (default `./Cases`), and compares the
    /// statute ranking with the plain baseline.
    static func evaluate(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["queries", "corpus", "work", "records", "set"], flags: ["verbose"],
                                                 command: "eval-statutes")
        guard let queriesPath = arguments.value("queries") else { throw CommandLineArguments.UsageError(message: "eval-statutes needs --queries") }
        let corpus = URL(fileURLWithPath: arguments.value("corpus") ?? "../shared/corpora/lawrefbook").standardizedFileURL
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw CaselibError("no corpus at \(corpus.path)") }
        var weights = StatuteWeights()
        for assignment in arguments.values("set") { try weights.set(assignment) }
        let source = Caselib.service(arguments).folder.root
        let keep = arguments.value("work").map { URL(fileURLWithPath: $0).standardizedFileURL }
        let work = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("caselib-eval-statutes-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: work) } }
        let service = CaseLibraryService(casesRoot: work.appendingPathComponent("Cases"), indexRoot: work.appendingPathComponent("Index"))
        try prepare(service, corpus: corpus, settingsFrom: source)

        let questions = try StatuteEvaluation.readQuestions(try EvalCommand.readText(queriesPath), path: queriesPath, corpus: corpus)
        var citations = StatuteCitationCounts()
        if let records = arguments.value("records") {
            for line in JSONLines.read(try EvalCommand.readText(records)) { if let record = line.record { citations.add(record) } }
        }
        let report = try StatuteEvaluation.run(questions, library: service, weights: weights, citations: citations)
        print("\(questions.count) questions; thesaurus and domain from \(source.path)/statutes; \(citations.counts.count) cited articles")
        print(StatuteEvaluation.table(report))
        if arguments.flag("verbose") {
            for (question, result) in zip(questions, report.questions) {
                print("\(question.id) \(question.text)")
                for (offset, hit) in result.top.prefix(3).enumerated() {
                    let grade = question.grades[hit.id].map { "grade \($0)" } ?? "-"
                    print("   \(offset + 1). \(hit.field("law") ?? "") \(hit.field("article") ?? "") (\(hit.field("version") ?? "")) [\(grade)]")
                }
            }
        }
        return 0
    }

    /// Imports the corpus and indexes it, unless the work folder already holds an index; the
    /// thesaurus and domain files are copied in every time (a changed thesaurus rebuilds).
    private static func prepare(_ service: CaseLibraryService, corpus: URL, settingsFrom source: URL) throws {
        let statutes = service.folder.root.appendingPathComponent(StatuteSources.folderName)
        for name in [StatuteSources.thesaurusName, StatuteDomain.fileName] {
            let from = source.appendingPathComponent(StatuteSources.folderName).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: from.path) {
                try AtomicFile.write(data, to: statutes.appendingPathComponent(name))
            }
        }
        let existed = service.hasIndex
        var started = Date()
        if !existed {
            let files = try StatuteImporter.markdownFiles([corpus.path])
            let progress = Progress(label: "importing")
            let report = StatuteImporter(root: service.folder.root).importFiles(files) { progress.update($0, $1) }
            progress.finish()
            print("imported \(report.written.count) law versions from \(files.count) corpus files (\(report.skipped.count) skipped) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
            started = Date()
        }
        let indexing = Progress(label: "indexing")
        let run = try service.updateIndex(progress: { indexing.update($0, $1) })
        indexing.finish()
        if run.report.wroteIndex {
            print("indexed \(run.report.documentCount) documents in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; index size \(folderSize(service.indexRoot) / 1_000_000) MB")
        }
    }

    static func folderSize(_ url: URL) -> Int {
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.fileSizeKey]) else { return 0 }
        var total = 0
        for case let file as URL in enumerator { total += (try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) ?? 0 }
        return total
    }
}
