import Foundation
import Testing
import TestSupport

/// End-to-end runs of `caselib statutes import` and `caselib eval-statutes` on real corpus files.
@Suite(.enabled(if: ProjectPaths.shared("corpora/lawrefbook") != nil && ProjectPaths.caselib != nil,
                "skipped: needs ../shared/corpora/lawrefbook and a built caselib"))
struct StatuteCommandTests {
    static let regulations = "行政法规/政府信息公开条例(2019-04-03).md"
    static let provisions = "司法解释/最高人民法院关于审理政府信息公开行政案件若干问题的规定(2011-07-29).md"

    /// Runs the built caselib in `directory`; returns status and standard output.
    func caselib(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let run = try CommandRunner.run(arguments, in: directory)
        return (run.status, run.stdout)
    }

    func corpusFile(_ relative: String) throws -> URL {
        try #require(ProjectPaths.shared("corpora/lawrefbook/\(relative)"))
    }

    /// Copies the OGI Regulations and the SPC provisions into `folder/corpus`, laid out as in the corpus.
    func copyRegulationsAndProvisions(into folder: TemporaryDirectory) throws {
        for relative in [Self.regulations, Self.provisions] {
            let target = folder.path("corpus/\(relative)")
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: try corpusFile(relative), to: target)
        }
    }

    @Test func importsTwoCorpusFilesAndFindsTheirArticles() throws {
        let folder = TemporaryDirectory("statute-import")
        let (status, output) = try caselib(["statutes", "import", try corpusFile(Self.regulations).path, try corpusFile(Self.provisions).path],
                                           in: folder.url)
        #expect(status == 0, "\(output)")
        #expect(output.contains("导入 2 个法规文件"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("Cases/statutes").path).sorted()
        #expect(names.contains("中华人民共和国政府信息公开条例(2019-05-15).md"))
        #expect(names.count == 2)
        let copied = try Data(contentsOf: folder.path("Cases/statutes/中华人民共和国政府信息公开条例(2019-05-15).md"))
        #expect(copied == (try Data(contentsOf: try corpusFile(Self.regulations))))
        let search = try caselib(["search", "第三方", "--kind", "statute", "--json"], in: folder.url)
        #expect(search.status == 0)
        #expect(search.output.contains("\"law\": \"中华人民共和国政府信息公开条例\""))
        #expect(search.output.contains("\"version\": \"2019-05-15\""))
        let found = try caselib(["statutes", "search", "申请公开的信息涉及第三方，要不要征求他的意见", "--json"], in: folder.url)
        #expect(found.status == 0)
        #expect(found.output.contains("\"article\": \"第三十二条\""))
    }

    /// `bench-latency --set` times a statute setting beside the default in one sitting; an unknown
    /// weight is refused, not silently timed as the default.
    @Test func benchLatencyTimesAStatuteSettingAndRefusesAnUnknownOne() throws {
        let folder = TemporaryDirectory("statute-bench")
        #expect(try caselib(["statutes", "import", try corpusFile(Self.regulations).path], in: folder.url).status == 0)
        let queries = try folder.write("{\"text\": \"申请公开的信息涉及第三方，要不要征求他的意见\"}\n复印材料的费用由谁承担\n", to: "q.jsonl")
        let timed = try CommandRunner.run(["bench-latency", "--queries", queries.path, "--kind", "statutes", "--rounds", "1",
                                           "--set", "maxDocumentShare=0.03"], in: folder.url)
        #expect(timed.status == 0, "\(timed.stderr)")
        #expect(timed.stdout.hasPrefix("statutes：2 次调用，中位数 "), "\(timed.stdout)")
        let refused = try CommandRunner.run(["bench-latency", "--queries", queries.path, "--kind", "statutes", "--set", "noSuchWeight=1"],
                                            in: folder.url)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("未知的权重 ‘noSuchWeight’"), "\(refused.stderr)")
    }

    @Test func statuteSearchNamesTheKindOfQuestionThatLiftedAnArticle() throws {
        let folder = TemporaryDirectory("statute-kinds")
        #expect(try caselib(["statutes", "import", try corpusFile(Self.regulations).path], in: folder.url).status == 0)
        try folder.write("kind 收费 = 收费, 费用 => 政府信息公开条例 第四十二条\nkind 坏 = 费用 => 条例\n", to: "Cases/statutes/domain.txt")
        let run = try CommandRunner.run(["statutes", "search", "复印材料的费用由谁承担", "--limit", "5"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stdout.split(separator: "\n").first { $0.contains("第四十二条") }, "\(run.stdout)")
        #expect(line.hasSuffix("问题类型：收费"))
        #expect(run.stdout.components(separatedBy: "问题类型").count == 2, "only the governing article says so")
        #expect(run.stderr.contains("statutes/domain.txt:2:"), "a bad kind line is reported with its line: \(run.stderr)")
    }

    @Test func aKindTheQuestionOnlyNearlySaysIsMarkedAsSuch() throws {
        let folder = TemporaryDirectory("statute-near-kinds")
        #expect(try caselib(["statutes", "import", try corpusFile(Self.regulations).path], in: folder.url).status == 0)
        try folder.write("kind 收费 = 复印费用 => 政府信息公开条例 第四十二条\n", to: "Cases/statutes/domain.txt")
        let run = try CommandRunner.run(["statutes", "search", "复印材料的费用由谁承担", "--limit", "5"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stdout.split(separator: "\n").first { $0.contains("第四十二条") }, "\(run.stdout)")
        #expect(line.hasSuffix("问题类型：收费（近似）"), "复印 and 费用 of 复印费用, not the wording itself: \(line)")
    }

    /// `eval-statutes --suite` reports every fresh set and `fresh all`, their questions pooled (each
    /// question counted once), and skips a missing set with a 提示 instead of failing.
    @Test func evalStatutesSuitePoolsTheFreshSets() throws {
        let folder = TemporaryDirectory("statute-suite")
        try copyRegulationsAndProvisions(into: folder)
        func question(_ id: String, _ text: String, _ article: String) -> String {
            #"{"qid": "\#(id)", "text": "\#(text)", "relevant": [{"file": "\#(Self.regulations)", "article": "\#(article)", "grade": 3}]}"#
        }
        try folder.write(question("S1", "申请公开的信息涉及第三方，要不要征求他的意见", "第三十二条") + "\n", to: "eval/statutes-fresh/queries.jsonl")
        try folder.write([question("S2", "复印材料的费用由谁承担", "第四十二条"), question("S3", "复印材料的费用由谁承担", "第五十六条")]
            .joined(separator: "\n") + "\n", to: "eval/statutes-fresh2/queries.jsonl")
        let run = try CommandRunner.run(["eval-statutes", "--suite", "--corpus", folder.path("corpus").path, "--fresh", folder.path("eval").path,
                                         "--shared", folder.path("absent").path], in: folder.url)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("statutes-tune/queries.jsonl 不存在"), "\(run.stderr)")
        let rows = SuiteTable.rows(run.stdout, prefix: "fresh")
        let first = try #require(rows["fresh"]), second = try #require(rows["fresh 2"]), pooled = try #require(rows["fresh all"])
        #expect(pooled.first == "3", "\(run.stdout)")
        let top5 = { (row: [String]) in Double(row.count > 1 ? row[1] : "") ?? -1 }
        #expect(top5(first) == 1 && top5(second) == 0.5, "the fee question's 第四十二条 is found, its 第五十六条 is not: \(run.stdout)")
        #expect(abs(top5(pooled) - 2.0 / 3.0) < 0.001, "two of three questions answered, not (1 + 0.5) / 2: \(run.stdout)")
    }

    @Test func evalStatutesSmokeRunOnAFewCorpusFiles() throws {
        let folder = TemporaryDirectory("statute-eval")
        try copyRegulationsAndProvisions(into: folder)
        let queries = try #require(ProjectPaths.shared("eval/statutes-dev/queries.jsonl"))
        let (status, output) = try caselib(["eval-statutes", "--queries", queries.path, "--corpus", folder.path("corpus").path],
                                           in: folder.url)
        #expect(status == 0, "\(output)")
        #expect(output.contains("top-1   top-5  top-10 nDCG@10"))
        #expect(output.contains("baseline"))
        #expect(output.contains("每个问题的延迟中位数"))
    }
}
