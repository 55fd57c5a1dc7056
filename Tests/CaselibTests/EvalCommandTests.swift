import Foundation
import TestSupport
import Testing

@Suite("caselib eval: a judged set against the baseline, and with every case titled by its parties")
struct EvalCommandTests {
    /// Two cases that differ only in their titles, and an application that names one title's words.
    static func workspace() throws -> (CaselibWorkspace, [String]) {
        let workspace = CaselibWorkspace()
        let cases = [
            Fixtures.caseJSON(id: "2023-XH-0001", ["title": "申请公开仓库火灾调查报告案", "request": "某公司申请公开有关材料。"]),
            Fixtures.caseJSON(id: "2023-XH-0002", ["title": "申请公开祖父户籍档案案", "request": "张某申请公开有关材料。"]),
        ]
        let lines = try cases.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let corpus = try workspace.jsonl(lines, name: "corpus.jsonl")
        let queries = try workspace.jsonl([#"{"qid": "Q1", "text": "仓库火灾调查报告"}"#], name: "queries.jsonl")
        let qrels = try workspace.directory.write("Q1 0 2023-XH-0001 3\n", to: "qrels.txt")
        return (workspace, ["eval", "--corpus", corpus.path, "--queries", queries.path, "--qrels", qrels.path])
    }

    /// The nDCG@10 of the ranking in `eval`'s table (the `precedent` row's second column).
    static func ndcg10(_ output: String) throws -> Double {
        let row = try #require(output.split(separator: "\n").first { $0.hasPrefix("precedent") }, "\(output)")
        return try #require(row.split(separator: " ").dropFirst(2).first.flatMap { Double($0) }, "\(row)")
    }

    @Test func partyTitlesTakeTheTitlesWordsAway() throws {
        let (workspace, arguments) = try Self.workspace()
        let plain = try CommandRunner.run(arguments, in: workspace.directory.url)
        #expect(plain.status == 0, "\(plain)")
        #expect(try Self.ndcg10(plain.stdout) == 1.0, "the title names what the application asks for")
        let retitled = try CommandRunner.run(arguments + ["--party-titles"], in: workspace.directory.url)
        #expect(retitled.status == 0, "\(retitled)")
        #expect(retitled.stdout.contains("某某诉某公安分局政府信息公开案"), "the run says what it changed")
        #expect(try Self.ndcg10(retitled.stdout) < 1.0, "with the titles gone nothing names 火灾: \(retitled.stdout)")
    }

    /// `--suite` reports every fresh set whose folder exists, numbered in order (`fresh 10` after
    /// `fresh 2`), and nothing that only looks like one.
    @Test func suiteReportsEveryFreshSetInNumberOrder() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2023-XH-0001", ["title": "申请公开仓库火灾调查报告案"])])
        for folder in ["precedents-fresh", "precedents-fresh10", "precedents-fresh2", "precedents-freshX", "precedents-fresh1"] {
            try workspace.directory.write(#"{"qid": "Q1", "text": "仓库火灾调查报告"}"# + "\n", to: "eval/\(folder)/queries.jsonl")
            try workspace.directory.write("Q1 0 2023-XH-0001 3\n", to: "eval/\(folder)/qrels.txt")
        }
        let result = try workspace.run("eval", "--suite", "--fresh", workspace.directory.path("eval").path,
                                       "--shared", workspace.directory.path("absent").path)
        #expect(result.status == 0, "\(result)")
        let table = result.stdout.components(separatedBy: "集合").last ?? ""
        let rows = table.split(separator: "\n").compactMap { line in
            line.hasPrefix("fresh") ? line.components(separatedBy: "  ").first : nil
        }
        #expect(rows == ["fresh", "fresh 2", "fresh 10", "fresh all"], "\(result.stdout)")
    }

    /// `fresh all` pools every fresh set's applications: each counts once, so it is the mean over
    /// the applications, not the mean of the sets' means.
    @Test func suitePoolsTheFreshSetsByApplication() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2023-XH-0001", ["title": "申请公开仓库火灾调查报告案"])])
        try workspace.directory.write(#"{"qid": "Q1", "text": "仓库火灾调查报告"}"# + "\n", to: "eval/precedents-fresh/queries.jsonl")
        try workspace.directory.write("Q1 0 2023-XH-0001 3\n", to: "eval/precedents-fresh/qrels.txt")
        // The second set's second application is judged against a case the library does not have: a miss.
        try workspace.directory.write(#"{"qid": "Q1", "text": "仓库火灾调查报告"}"# + "\n" + #"{"qid": "Q2", "text": "仓库火灾"}"# + "\n",
                                      to: "eval/precedents-fresh2/queries.jsonl")
        try workspace.directory.write("Q1 0 2023-XH-0001 3\nQ2 0 2023-XH-0009 3\n", to: "eval/precedents-fresh2/qrels.txt")
        let result = try workspace.run("eval", "--suite", "--fresh", workspace.directory.path("eval").path,
                                       "--shared", workspace.directory.path("absent").path)
        #expect(result.status == 0, "\(result)")
        let rows = SuiteTable.rows(result.stdout, prefix: "fresh")
        let first = try #require(rows["fresh"]), second = try #require(rows["fresh 2"]), pooled = try #require(rows["fresh all"])
        #expect(pooled.first == "3", "\(result.stdout)")
        let ndcg = { (row: [String]) in Double(row.count > 1 ? row[1] : "") ?? -1 }
        #expect(ndcg(first) == 1.0 && ndcg(second) == 0.5, "\(result.stdout)")
        #expect(abs(ndcg(pooled) - 2.0 / 3.0) < 0.001, "two of three applications found, not (1 + 0.5) / 2: \(result.stdout)")
    }

    /// `--suite` reports the applications written over the development library in two halves (odd
    /// ids to tune on, even ids held out), searched in that library, not in `Cases/`.
    @Test func suiteReportsTheDevelopmentLibrarySetInTwoHalves() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON(id: "2023-XH-0001", ["title": "申请公开祖父户籍档案案"])])
        let devCase = Fixtures.caseJSON(id: "D-2023-XH-001", ["title": "申请公开仓库火灾调查报告案"])
        try workspace.directory.write(String(decoding: try JSONSerialization.data(withJSONObject: devCase), as: UTF8.self) + "\n",
                                      to: "shared/precedents-dev/corpus.jsonl")
        try workspace.directory.write("", to: "shared/precedents-dev/corrected.txt")
        let queries = [#"{"qid": "FH01", "text": "仓库火灾调查报告"}"#, #"{"qid": "FH02", "text": "仓库火灾"}"#, #"{"qid": "FH03", "text": "火灾调查"}"#]
        try workspace.directory.write(queries.joined(separator: "\n") + "\n", to: "eval/precedents-devlib/queries.jsonl")
        try workspace.directory.write("FH01 0 D-2023-XH-001 3\nFH02 0 D-2023-XH-001 3\nFH03 0 D-2023-XH-001 3\n",
                                      to: "eval/precedents-devlib/qrels.txt")
        let result = try workspace.run("eval", "--suite", "--fresh", workspace.directory.path("eval").path,
                                       "--shared", workspace.directory.path("shared").path)
        #expect(result.status == 0, "\(result)")
        let table = result.stdout.components(separatedBy: "集合").last ?? ""
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("devlib") }.map { $0.split(separator: " ").map(String.init) }
        #expect(rows.map { $0.prefix(3).joined(separator: " ") } == ["devlib tune 2", "devlib held-out 1"], "\(result.stdout)")
        #expect(rows.allSatisfy { $0.count > 3 && $0[3] == "1.000" }, "the case is found in the development library: \(result.stdout)")
    }
}
