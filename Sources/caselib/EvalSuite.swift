import CaseLibrary
import CaseServices
import Foundation

/// `caselib eval --suite` and `caselib eval-statutes --suite`: every judged set in one run, side by
/// side with the plain BM25 baseline — the development set's tuning half (odd query ids), its
/// held-out half (even ids), and the sets in `Tests/Fixtures/eval` over `Cases/` (judged before any
/// run): every fresh set of applications (`precedents-fresh`, `precedents-fresh2`, …: reported), the
/// extra tuning applications and the six applications of issue 11; and the applications written later
/// over the development library (`precedents-devlib`), in the same two halves. `--party-titles` titles every case
/// by its parties only (某某诉某公安分局政府信息公开案), as published court cases are titled.
enum EvalSuite {
    /// Where the shared development sets are (`--shared`, default `../shared/eval`).
    static func shared(_ arguments: CommandLineArguments) -> String { arguments.value("shared") ?? "../shared/eval" }
    /// Where the fresh sets are (`--fresh`, default `Tests/Fixtures/eval`).
    static func fresh(_ arguments: CommandLineArguments) -> String { arguments.value("fresh") ?? "Tests/Fixtures/eval" }

    /// The fresh sets whose folders are named `prefix`, `prefix2`, `prefix3`, … under the fresh folder,
    /// in number order, as (row name, folder): `fresh`, `fresh 2`, … A new set is reported once its
    /// folder exists.
    static func freshSets(_ arguments: CommandLineArguments, prefix: String) -> [(name: String, folder: String)] {
        let root = fresh(arguments)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let numbered = names.compactMap { name -> Int? in
            guard name.hasPrefix(prefix) else { return nil }
            let suffix = name.dropFirst(prefix.count)
            return suffix.isEmpty ? 1 : Int(suffix).flatMap { $0 > 1 ? $0 : nil }
        }
        return numbered.sorted().map { number in
            (number == 1 ? "fresh" : "fresh \(number)", root + "/" + prefix + (number == 1 ? "" : String(number)))
        }
    }

    /// A judged set split into its tuning half (odd query ids) and its held-out half (even ids),
    /// named `NAME tune` and `NAME held-out`.
    static func halves(of whole: EvalCommand.JudgedSet) -> [EvalCommand.JudgedSet] {
        EvaluationHalf.allCases.map { half in
            .init(name: "\(whole.name) \(half.rawValue)", records: whole.records,
                  queries: whole.queries.filter { EvaluationHalf.of($0.id) == half },
                  judgments: whole.judgments, corrected: whole.corrected)
        }
    }

    static func precedents(_ arguments: CommandLineArguments) throws -> Int32 {
        let settings = try EvalCommand.Settings(arguments)
        let dev = shared(arguments) + "/precedents-dev"
        var sets: [EvalCommand.JudgedSet] = []
        if FileManager.default.fileExists(atPath: dev + "/queries.jsonl") {
            sets += halves(of: try EvalCommand.judgedSet(name: "dev", corpus: dev + "/corpus.jsonl", queries: dev + "/queries.jsonl",
                                                         qrels: dev + "/qrels.txt", corrected: dev + "/corrected.txt"))
        } else {
            Caselib.printError("提示：\(dev) 不存在，跳过开发集")
        }
        // Applications written later over the development library (not ours, so the elements and the
        // thesaurus were never written against it), split into halves the same way.
        let devLibrary = fresh(arguments) + "/precedents-devlib"
        if FileManager.default.fileExists(atPath: devLibrary + "/queries.jsonl"), !FileManager.default.fileExists(atPath: dev + "/corpus.jsonl") {
            Caselib.printError("提示：\(dev)/corpus.jsonl 不存在，跳过 \(devLibrary)")
        } else if FileManager.default.fileExists(atPath: devLibrary + "/queries.jsonl") {
            sets += halves(of: try EvalCommand.judgedSet(name: "devlib", corpus: dev + "/corpus.jsonl", queries: devLibrary + "/queries.jsonl",
                                                         qrels: devLibrary + "/qrels.txt", corrected: dev + "/corrected.txt"))
        }
        let library = Caselib.service(arguments).folder.root.path
        for (name, folder) in freshSets(arguments, prefix: "precedents-fresh")
            + [("tune extra", fresh(arguments) + "/precedents-tune"), ("issue six", fresh(arguments) + "/issue-six")] {
            guard FileManager.default.fileExists(atPath: folder + "/queries.jsonl") else {
                Caselib.printError("提示：\(folder) 不存在，跳过该集")
                continue
            }
            sets.append(try EvalCommand.judgedSet(name: name, corpus: library, queries: folder + "/queries.jsonl",
                                                  qrels: folder + "/qrels.txt", corrected: nil))
        }
        if arguments.flag("party-titles") {
            sets = sets.map { $0.titledByParties() }
            print("（--party-titles：每个案例的标题都改为“\(EvalCommand.JudgedSet.partyTitle)”）")
        }
        var rows: [String] = []
        var freshQueries: [PrecedentEvaluation.QueryReport] = []
        for set in sets {
            // The sets over `Cases/` are searched as the product searches it: with its statutes indexed beside;
            // the `dev…` sets (the development halves and `devlib`) search the development library, which has none.
            let withStatutes = arguments.flag("with-statutes") || !set.name.hasPrefix("dev")
            let (report, _, _) = try EvalCommand.evaluate(set, settings: settings, withStatutes: withStatutes, arguments: arguments)
            print("== \(set.name)：\(set.queries.count) 个查询，\(set.records.count) 条记录")
            print(PrecedentEvaluation.table(report))
            if arguments.flag("verbose") { EvalCommand.printRankings(report, judgments: set.judgments) }
            print("")
            if isFresh(set.name) { freshQueries += report.queries }
            if set.name == "issue six" {
                let ranks = report.queries.map { query in
                    "\(query.id) #" + (query.ranking.firstIndex { (set.judgments.grades[query.id]?[$0] ?? 0) >= 3 }.map { String($0 + 1) } ?? ">20")
                }
                print("决定性先例的名次：" + ranks.joined(separator: "，"))
            }
            rows.append(row(set.name, report.queries))
        }
        if !freshQueries.isEmpty { rows.append(row(pooledFreshName, freshQueries)) }
        print("集合               n  nDCG@10     BM25      P@5     BM25  goal@10")
        rows.forEach { print($0) }
        if !freshQueries.isEmpty { print("（\(pooledFreshName)：把各 fresh 评测集的全部查询合在一起平均，每个查询算一次）") }
        return 0
    }

    /// The row of every fresh set's questions pooled (`fresh all`): one figure for the sets nobody
    /// tuned on, each question counted once, so a small set's luck weighs no more than its size.
    static let pooledFreshName = "fresh all"

    /// Whether a row is a fresh set (`fresh`, `fresh 2`, …), the sets pooled in `fresh all`.
    static func isFresh(_ name: String) -> Bool { name == "fresh" || name.hasPrefix("fresh ") }

    /// A suite row: the set's name, its queries, nDCG@10 and P@5 of the ranking and of BM25, and the
    /// goal (half-way from BM25's nDCG@10 to 1).
    static func row(_ name: String, _ queries: [PrecedentEvaluation.QueryReport]) -> String {
        let ours = RankingMetrics.Scores.mean(queries.map(\.ours)), base = RankingMetrics.Scores.mean(queries.map(\.baseline))
        return name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%4d", queries.count)
            + [ours.ndcg10, base.ndcg10, ours.p5, base.p5].map { String(format: "%9.3f", $0) }.joined()
            + String(format: "%9.3f", base.ndcg10 + (1 - base.ndcg10) / 2)
    }
}
