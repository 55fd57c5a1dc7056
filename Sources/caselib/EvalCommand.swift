import CaseLibrary
import CaseServices
import Foundation

/// `caselib eval`: the precedent ranking against the plain baseline on a judged set, or with
/// `--suite` on every set at once (the development set's two halves and the fresh applications).
enum EvalCommand {
    static let valued: Set<String> = ["corpus", "queries", "qrels", "corrected", "set", "thesaurus", "elements", "half", "shared", "fresh"]

    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: valued, flags: ["verbose", "with-statutes", "suite", "party-titles"], command: "eval")
        if arguments.flag("suite") { return try EvalSuite.precedents(arguments) }
        guard let corpusPath = arguments.value("corpus"), let queriesPath = arguments.value("queries"),
            let qrelsPath = arguments.value("qrels")
        else { throw CommandLineArguments.UsageError(message: "eval 需要 --corpus、--queries 和 --qrels（或 --suite）") }
        var set = try judgedSet(name: queriesPath, corpus: corpusPath, queries: queriesPath, qrels: qrelsPath,
                                corrected: arguments.value("corrected"))
        if arguments.flag("party-titles") {
            set = set.titledByParties()
            print("（--party-titles：每个案例的标题都改为“\(JudgedSet.partyTitle)”）")
        }
        if let half = arguments.value("half") {
            let chosen = try EvaluationHalf.parse(half)
            set.queries = set.queries.filter { EvaluationHalf.of($0.id) == chosen }
        }
        let settings = try Settings(arguments)
        let (report, buildSeconds, statuteFiles) = try evaluate(set, settings: settings, withStatutes: arguments.flag("with-statutes"),
                                                                arguments: arguments)
        print("同义词表：\(settings.thesaurus.groups.count) 组；法律要素：\(settings.elements.dimensions.count) 个维度")
        print("语料：\(set.records.count) 条记录\(statuteFiles == 0 ? "" : " + \(statuteFiles) 个法规文件")（建索引用时 \(String(format: "%.2f", buildSeconds)) 秒）；\(set.queries.count) 个查询")
        print(PrecedentEvaluation.table(report))
        if arguments.flag("verbose") { printRankings(report, judgments: set.judgments) }
        return 0
    }

    /// A judged precedent set: a corpus, its queries, judgments and corrected cases.
    struct JudgedSet {
        let name: String
        let records: [Record]
        var queries: [PrecedentEvaluation.Query]
        let judgments: Judgments
        let corrected: Set<String>

        /// The title every case gets with `--party-titles`.
        static let partyTitle = "某某诉某公安分局政府信息公开案"

        /// The same set with every case titled by its parties only, as published court cases are
        /// (`--party-titles`): how the ranking fares when a title says nothing of the issue.
        func titledByParties() -> JudgedSet {
            let retitled = records.map { $0.kind == .case ? $0.replacing("title", with: .string(Self.partyTitle)) : $0 }
            return JudgedSet(name: name, records: retitled, queries: queries, judgments: judgments, corrected: corrected)
        }
    }

    /// The thesaurus, elements and weights of a run.
    struct Settings {
        let thesaurus: Thesaurus
        let elements: LegalElements
        var weights = PrecedentWeights()

        init(_ arguments: CommandLineArguments) throws {
            let root = Caselib.service(arguments).folder.root
            let thesaurusURL = arguments.value("thesaurus").map { URL(fileURLWithPath: $0) } ?? LibraryFiles.url(LibraryFiles.thesaurus, in: root)
            let elementsURL = arguments.value("elements").map { URL(fileURLWithPath: $0) } ?? LibraryFiles.url(LibraryFiles.elements, in: root)
            for url in [thesaurusURL, elementsURL] where !FileManager.default.fileExists(atPath: url.path) {
                Caselib.printError("提示：\(url.path) 不存在（请在项目根目录运行，或指定 --cases），不使用该文件")
            }
            let loadedThesaurus = Thesaurus.load(thesaurusURL)
            for problem in loadedThesaurus.problems { Caselib.printError("\(thesaurusURL.path):\(problem.line): \(problem.message)") }
            let loadedElements = LegalElements.load(elementsURL)
            for problem in loadedElements.problems { Caselib.printError("\(elementsURL.path):\(problem.line): \(problem.message)") }
            thesaurus = loadedThesaurus.thesaurus
            elements = loadedElements.elements
            for assignment in arguments.values("set") { try weights.set(assignment) }
        }
    }

    /// Reads a judged set; `corpus` is a JSONL file or a library folder (`Cases`).
    static func judgedSet(name: String, corpus: String, queries: String, qrels: String, corrected: String?) throws -> JudgedSet {
        var records: [Record]
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder), isFolder.boolValue {
            records = LibraryFolder(root: URL(fileURLWithPath: corpus)).load().allRecords
        } else {
            let lines = JSONLines.read(try readText(corpus))
            for line in lines where line.record == nil {
                for problem in line.problems { Caselib.printError("\(corpus):\(line.number): \(problem)") }
            }
            records = lines.compactMap(\.record)
        }
        var correctedIDs = Set(records.filter { $0.effect == .corrected }.compactMap(\.caseID))
        if let corrected {
            correctedIDs = Set(try readText(corrected).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        return JudgedSet(name: name, records: records, queries: try PrecedentEvaluation.readQueries(try readText(queries), path: queries),
                         judgments: try Judgments(qrels: try readText(qrels), path: qrels), corrected: correctedIDs)
    }

    /// Builds a temporary index of the set's corpus (with the library's statutes when asked) and runs it.
    static func evaluate(_ set: JudgedSet, settings: Settings, withStatutes: Bool, arguments: CommandLineArguments) throws
        -> (report: PrecedentEvaluation.Report, buildSeconds: Double, statuteFiles: Int)
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caselib-eval-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = Date()
        let statutes = withStatutes ? try StatuteSources.load(from: Caselib.service(arguments).folder.root).sources : []
        try PrecedentEvaluation.buildIndex(records: set.records, extra: statutes, elements: settings.elements,
                                           thesaurus: settings.thesaurus, at: folder)
        let buildSeconds = Date().timeIntervalSince(started)
        let report = try PrecedentEvaluation.run(queries: set.queries, judgments: set.judgments, corrected: set.corrected, indexFolder: folder,
                                                 weights: settings.weights, thesaurus: settings.thesaurus, elements: settings.elements)
        return (report, buildSeconds, statutes.count)
    }

    static func printRankings(_ report: PrecedentEvaluation.Report, judgments: Judgments) {
        for query in report.queries {
            let grades = judgments.grades[query.id] ?? [:]
            print("\(query.id): " + query.ranking.prefix(10).map { "\($0)(\(grades[$0].map(String.init) ?? "-"))" }.joined(separator: " "))
            let missing = grades.filter { $0.value >= 2 && !query.ranking.prefix(10).contains($0.key) }.map { "\($0.key)(\($0.value))" }
            if !missing.isEmpty { print("   前 10 名中缺少：" + missing.sorted().joined(separator: " ")) }
        }
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CaselibError("无法按 UTF-8 文本读取 \(path)")
        }
        return text
    }
}
