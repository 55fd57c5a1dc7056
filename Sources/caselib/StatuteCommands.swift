import CaseLibrary
import CaseServer
import CaseServices
import Foundation

/// `caselib statutes import|search` and `caselib eval-statutes`.
enum StatuteCommands {
    static func run(_ raw: [String]) throws -> Int32 {
        guard let sub = raw.first else { throw CommandLineArguments.UsageError(message: "statutes 的子命令为 import PATH... 或 search QUESTION") }
        switch sub {
        case "import": return try importFiles(Array(raw.dropFirst()))
        case "search": return try search(Array(raw.dropFirst()))
        case "cases": return try StatuteCasesCommand.run(Array(raw.dropFirst()))
        default: throw CommandLineArguments.UsageError(message: "未知的 statutes 子命令 ‘\(sub)’（可用：import、search、cases）")
        }
    }

    /// `statutes import PATH...`: copy into Cases/statutes/, report problems, update the index.
    static func importFiles(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: [], flags: [], command: "statutes import")
        guard !arguments.positional.isEmpty else { throw CommandLineArguments.UsageError(message: "statutes import 需要 PATH...") }
        let service = Caselib.service(arguments)
        let files = try StatuteImporter.markdownFiles(arguments.positional)
        let started = Date()
        let progress = Progress(label: "导入中")
        let report = StatuteImporter(root: service.folder.root).importFiles(files) { progress.update($0, $1) }
        progress.finish()
        for problem in report.problems { print(problem) }
        let importSeconds = Date().timeIntervalSince(started)
        print("已从 \(files.count) 个文件导入 \(report.written.count) 个法规文件到 \(service.folder.root.path)/statutes；跳过 \(report.skipped.count) 个；提示 \(report.problems.count) 条（\(String(format: "%.2f", importSeconds)) 秒）")
        let indexing = Progress(label: "索引中")
        let run = try service.updateIndex(progress: { indexing.update($0, $1) })
        indexing.finish()
        for problem in run.problems { Caselib.printError("未索引：\(problem)") }
        print("索引：\(run.report.added + run.report.updated) 个文件已索引，共 \(run.report.documentCount) 个文档（\(String(format: "%.2f", Date().timeIntervalSince(started) - importSeconds)) 秒）")
        return report.skipped.isEmpty ? 0 : 1
    }

    /// `statutes search QUESTION [--limit N] [--json]`: the articles answering a question.
    static func search(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["limit", "set"], flags: ["json", "with-precedents"], command: "statutes search")
        guard !arguments.positional.isEmpty else { throw CommandLineArguments.UsageError(message: "statutes search 需要 QUESTION（所问的问题）") }
        var weights = StatuteWeights()
        for assignment in arguments.values("set") { try weights.set(assignment) }
        let session = try Caselib.session(arguments)
        for problem in StatuteDomain.load(from: session.library.folder.root).problems { Caselib.printError("\(problem)") }
        let question = arguments.positional.joined(separator: " ")
        let limit = try arguments.integer("limit", default: 10, range: 1...100)
        if arguments.flag("with-precedents") {
            // The articles statute search finds and those the question's precedents cite.
            let request = PrecedentFinder.Request(text: question, limit: 10)
            let articles = try session.applicableArticles(for: request, precedents: try session.precedents(request), limit: limit)
            if arguments.flag("json") {
                print(JSONWriter.compact(ApplicableArticleJSON.articles(articles)))
                return 0
            }
            if articles.isEmpty { print("没有找到适用条文") }
            for (offset, article) in articles.enumerated() {
                let cited = article.citingCases.isEmpty ? "" : "；先例引用：\(article.citingCases.joined(separator: "、"))"
                let warned = article.correctedCases.isEmpty ? "" : "；⚠ 被纠正先例引用：\(article.correctedCases.joined(separator: "、"))"
                print("\(offset + 1). \(article.citation)（\(article.version ?? "版本未导入")）  (\(TextRendering.score(article.score)))\(cited)\(warned)")
                if let text = article.text { print("   " + String(text.prefix(120))) }
            }
            return 0
        }
        let results = try session.statutes(answering: question, limit: limit, weights: weights)
        if arguments.flag("json") {
            print(JSONWriter.compact(StatuteJSON.results(results)))
            return 0
        }
        printResults(results)
        return 0
    }

    static func printResults(_ results: [StatuteResult], limit: Int = 100, indent: String = "") {
        for (offset, result) in results.prefix(limit).enumerated() {
            let kinds = result.why.questionKinds.isEmpty ? "" : "  问题类型：" + result.why.questionKinds.map {
                result.why.approximateKinds.contains($0) ? $0 + "（近似）" : $0
            }.joined(separator: "、")
            print("\(indent)\(offset + 1). 《\(result.field("law") ?? "")》(\(result.field("version") ?? "")) \(result.field("article") ?? "")  (\(TextRendering.score(result.score)))\(kinds)")
            print("\(indent)   " + TextRendering.passage(result.snippet))
        }
    }
}

extension StatuteCommands {
    /// `eval-statutes --queries F [--half tune|held-out] [--corpus DIR] [--work DIR] [--records F.jsonl]
    /// [--with-cases] [--set NAME=V] [--verbose]`, or `eval-statutes --suite` for the development
    /// set's two halves, every fresh set (`statutes-fresh`, `statutes-fresh2`, …: reported) and the
    /// extra tuning questions: imports the corpus into a temporary library (kept in
    /// `--work DIR` and reused when given), with the thesaurus and domain files of `--cases` (default
    /// `./Cases`), and compares the statute ranking with the plain baseline. `--with-cases` also puts
    /// the office's cases into the library and ranks the articles found through their precedents too
    /// (`LibrarySession.applicableArticles`), as the `+cases` row.
    static func evaluate(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["queries", "corpus", "work", "records", "set", "half", "shared", "fresh"],
                                                 flags: ["verbose", "suite", "with-cases"], command: "eval-statutes")
        let suite = arguments.flag("suite")
        guard suite || arguments.value("queries") != nil else {
            throw CommandLineArguments.UsageError(message: "eval-statutes 需要 --queries（或 --suite）")
        }
        let corpus = URL(fileURLWithPath: arguments.value("corpus") ?? "../shared/corpora/lawrefbook").standardizedFileURL
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw CaselibError("语料目录不存在：\(corpus.path)") }
        var weights = StatuteWeights()
        for assignment in arguments.values("set") { try weights.set(assignment) }
        let source = Caselib.service(arguments).folder.root
        let keep = arguments.value("work").map { URL(fileURLWithPath: $0).standardizedFileURL }
        let work = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("caselib-eval-statutes-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: work) } }
        let service = CaseLibraryService(casesRoot: work.appendingPathComponent("Cases"), indexRoot: work.appendingPathComponent("Index"))
        try prepare(service, corpus: corpus, settingsFrom: source, withCases: arguments.flag("with-cases"))

        var sets: [(name: String, path: String, half: EvaluationHalf?)] = []
        if suite {
            sets = suiteSets(arguments)
        } else if let path = arguments.value("queries") {
            sets.append((path, path, try arguments.value("half").map(EvaluationHalf.parse)))
        }
        var citations = StatuteCitationCounts()
        if let records = arguments.value("records") {
            for line in JSONLines.read(try EvalCommand.readText(records)) { if let record = line.record { citations.add(record) } }
        }
        let session = arguments.flag("with-cases") ? try LibrarySession(library: service, viewer: .member) : nil
        var rows: [String] = []
        var freshQuestions: [StatuteEvaluation.QuestionReport] = []
        for set in sets {
            var questions = try StatuteEvaluation.readQuestions(try EvalCommand.readText(set.path), path: set.path, corpus: corpus)
            if let half = set.half { questions = questions.filter { EvaluationHalf.of($0.id) == half } }
            let report = try StatuteEvaluation.run(questions, library: service, weights: weights,
                                                   citations: arguments.value("records") == nil && session != nil ? nil : citations,
                                                   throughPrecedents: session.map { session in { try articleIDs(session, question: $0) } })
            print("== \(set.name)：\(questions.count) 个问题；同义词表和业务领域取自 \(source.path)/statutes；被引用条文 \(citations.counts.count) 条")
            print(StatuteEvaluation.table(report))
            if arguments.flag("verbose") { printTop(questions, report) }
            print("")
            rows.append(summaryRow(set.name, report.questions))
            if EvalSuite.isFresh(set.name) { freshQuestions += report.questions }
        }
        if !freshQuestions.isEmpty { rows.append(summaryRow(EvalSuite.pooledFreshName, freshQuestions)) }
        print("集合             n top-5 本系统  +cases   BM25 nDCG@10 本系统  +cases   BM25")
        rows.forEach { print($0) }
        if !freshQuestions.isEmpty { print("（\(EvalSuite.pooledFreshName)：把各 fresh 评测集的全部问题合在一起计算，每个问题算一次）") }
        return 0
    }

    /// The sets `--suite` runs, as (row name, questions file, half): the development set's two halves,
    /// every fresh set in number order and the extra tuning questions; a missing one is skipped with a 提示.
    static func suiteSets(_ arguments: CommandLineArguments) -> [(name: String, path: String, half: EvaluationHalf?)] {
        var sets: [(name: String, path: String, half: EvaluationHalf?)] = []
        let dev = EvalSuite.shared(arguments) + "/statutes-dev/queries.jsonl"
        if FileManager.default.fileExists(atPath: dev) {
            sets += EvaluationHalf.allCases.map { ("dev \($0.rawValue)", dev, $0) }
        } else {
            Caselib.printError("提示：\(dev) 不存在，跳过开发集")
        }
        sets += EvalSuite.freshSets(arguments, prefix: "statutes-fresh").map { ($0.name, $0.folder + "/queries.jsonl", nil) }
        let extra = EvalSuite.fresh(arguments) + "/statutes-tune/queries.jsonl"
        if FileManager.default.fileExists(atPath: extra) {
            sets.append(("tune extra", extra, nil))
        } else {
            Caselib.printError("提示：\(extra) 不存在，跳过该集")
        }
        return sets
    }

    /// The articles found for a question directly and through its precedents, as statute ids.
    static func articleIDs(_ session: LibrarySession, question: String) throws -> [String] {
        let request = PrecedentFinder.Request(text: question, limit: 10)
        let precedents = try session.precedents(request)
        return try session.applicableArticles(for: request, precedents: precedents, limit: 10).compactMap(\.statuteID)
    }

    /// A suite row: the share of questions with an answering article in the top 5 and the mean
    /// nDCG@10, of the ranking, through precedents (`-` unless every question has it) and of BM25.
    static func summaryRow(_ name: String, _ questions: [StatuteEvaluation.QuestionReport]) -> String {
        let count = Double(max(questions.count, 1))
        func share(_ scores: [StatuteEvaluation.Scores]) -> String {
            scores.count == questions.count && !scores.isEmpty
                ? String(format: "%7.3f", Double(scores.filter { $0.hit(5) }.count) / count) : "      -"
        }
        func ndcg(_ scores: [StatuteEvaluation.Scores]) -> String {
            scores.count == questions.count && !scores.isEmpty
                ? String(format: "%7.3f", scores.map(\.ndcg10).reduce(0, +) / count) : "      -"
        }
        let ours = questions.map(\.ours), through = questions.compactMap(\.throughPrecedents)
        let base = questions.map(\.baseline)
        return name.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: "%4d", questions.count)
            + "     " + share(ours) + " " + share(through) + " " + share(base)
            + "       " + ndcg(ours) + " " + ndcg(through) + " " + ndcg(base)
    }

    static func printTop(_ questions: [StatuteEvaluation.Question], _ report: StatuteEvaluation.Report) {
        for (question, result) in zip(questions, report.questions) {
            print("\(question.id) \(question.text)")
            for (offset, hit) in result.top.prefix(5).enumerated() {
                let grade = question.grades[hit.id].map { "等级 \($0)" } ?? "-"
                print("   \(offset + 1). \(hit.field("law") ?? "") \(hit.field("article") ?? "") (\(hit.field("version") ?? "")) [\(grade)]")
            }
        }
    }

    /// Imports the corpus and indexes it, unless the work folder already holds an index; the
    /// thesaurus and domain files are copied in every time (a changed thesaurus rebuilds).
    private static func prepare(_ service: CaseLibraryService, corpus: URL, settingsFrom source: URL, withCases: Bool) throws {
        let statutes = service.folder.root.appendingPathComponent(StatuteSources.folderName)
        if withCases { try copyCases(from: source, to: service.folder.root) }
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
            let progress = Progress(label: "导入中")
            let report = StatuteImporter(root: service.folder.root).importFiles(files) { progress.update($0, $1) }
            progress.finish()
            print("已从 \(files.count) 个语料文件导入 \(report.written.count) 个法规版本（跳过 \(report.skipped.count) 个），用时 \(String(format: "%.1f", Date().timeIntervalSince(started))) 秒")
            started = Date()
        }
        let indexing = Progress(label: "索引中")
        let run = try service.updateIndex(progress: { indexing.update($0, $1) })
        indexing.finish()
        if run.report.wroteIndex {
            print("已索引 \(run.report.documentCount) 个文档，用时 \(String(format: "%.1f", Date().timeIntervalSince(started))) 秒；索引大小 \(folderSize(service.indexRoot) / 1_000_000) MB")
        }
    }

    static func folderSize(_ url: URL) -> Int {
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.fileSizeKey]) else { return 0 }
        var total = 0
        for case let file as URL in enumerator { total += (try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) ?? 0 }
        return total
    }

    /// Copies the office's cases, outcomes, thesaurus and elements into the evaluation library.
    private static func copyCases(from source: URL, to root: URL) throws {
        for folder in ["cases", "outcomes"] {
            let from = source.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: from.path)) ?? [] where name.hasSuffix(".md") {
                if let data = FileManager.default.contents(atPath: from.appendingPathComponent(name).path) {
                    try AtomicFile.write(data, to: root.appendingPathComponent(folder).appendingPathComponent(name))
                }
            }
        }
        for name in [LibraryFiles.thesaurus, LibraryFiles.elements] {
            if let data = FileManager.default.contents(atPath: LibraryFiles.url(name, in: source).path) {
                try AtomicFile.write(data, to: LibraryFiles.url(name, in: root))
            }
        }
    }
}
