import CaseLibrary
import CaseServices
import Foundation

/// `caselib eval`: the precedent ranking against the plain baseline on a judged set.
enum EvalCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["corpus", "queries", "qrels", "corrected", "set", "thesaurus"], flags: ["verbose", "with-statutes"],
                                                 command: "eval")
        guard let corpusPath = arguments.value("corpus"), let queriesPath = arguments.value("queries"),
            let qrelsPath = arguments.value("qrels")
        else { throw CommandLineArguments.UsageError(message: "eval needs --corpus, --queries and --qrels") }
        let lines = JSONLines.read(try readText(corpusPath))
        for line in lines where line.record == nil {
            for problem in line.problems { Caselib.printError("\(corpusPath):\(line.number): \(problem)") }
        }
        let records = lines.compactMap(\.record)
        let queries = try PrecedentEvaluation.readQueries(try readText(queriesPath), path: queriesPath)
        let judgments = try Judgments(qrels: try readText(qrelsPath), path: qrelsPath)
        var corrected = Set<String>()
        if let path = arguments.value("corrected") {
            corrected = Set(try readText(path).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        } else {
            let correctedIDs = records.filter { $0.effect == .corrected }.compactMap(\.caseID)
            corrected = Set(correctedIDs)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caselib-eval-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = Date()
        // --with-statutes: index the library's statutes beside the corpus, as the product does.
        let statutes = arguments.flag("with-statutes") ? try StatuteSources.load(from: Caselib.service(arguments).folder.root).sources : []
        try PrecedentEvaluation.buildIndex(records: records, extra: statutes, at: folder)
        let buildSeconds = Date().timeIntervalSince(started)
        var weights = PrecedentWeights()
        for assignment in arguments.values("set") { try weights.set(assignment) }
        let thesaurusURL = arguments.value("thesaurus").map { URL(fileURLWithPath: $0) }
            ?? Caselib.service(arguments).folder.root.appendingPathComponent("thesaurus.txt")
        if !FileManager.default.fileExists(atPath: thesaurusURL.path) {
            Caselib.printError("note: no thesaurus at \(thesaurusURL.path) (run from the project root, or pass --thesaurus or --cases): ranking without it")
        }
        let thesaurus = Thesaurus.load(thesaurusURL)
        for problem in thesaurus.problems { Caselib.printError("\(thesaurusURL.path):\(problem)") }
        let report = try PrecedentEvaluation.run(queries: queries, judgments: judgments, corrected: corrected, indexFolder: folder,
                                                 weights: weights, thesaurus: thesaurus.thesaurus)
        print("thesaurus: \(thesaurus.thesaurus.groups.count) groups from \(thesaurusURL.path)")
        print("corpus: \(records.count) records\(statutes.isEmpty ? "" : " + \(statutes.count) statute files") (index built in \(String(format: "%.2f", buildSeconds)) s); \(queries.count) queries")
        print(PrecedentEvaluation.table(report))
        if arguments.flag("verbose") {
            for query in report.queries {
                let grades = judgments.grades[query.id] ?? [:]
                print("\(query.id): " + query.ranking.prefix(10).map { "\($0)(\(grades[$0].map(String.init) ?? "-"))" }.joined(separator: " "))
                let missing = grades.filter { $0.value >= 2 && !query.ranking.prefix(10).contains($0.key) }.map { "\($0.key)(\($0.value))" }
                if !missing.isEmpty { print("   missing: " + missing.sorted().joined(separator: " ")) }
            }
        }
        return 0
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CaselibError("cannot read \(path) as UTF-8 text")
        }
        return text
    }
}
