import CaseLibrary
import CaseServices
import Foundation

/// `caselib bench-latency --queries FILE --kind precedents|statutes|articles [--rounds N] [--set NAME=V]`
/// (hidden; for latency figures): runs each line of FILE (a JSONL `text` or plain text) through one
/// session as `caselib precedents`, `caselib statutes search` or precedents plus applicable articles
/// do, after one warm-up round, and prints the median and 95th percentile per call. `--set` changes a
/// statute weight (`StatuteWeights.set`), to time a setting against the default in one sitting.
enum BenchLatencyCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["queries", "kind", "rounds", "set"], flags: [], command: "bench-latency")
        guard let path = arguments.value("queries") else { throw CommandLineArguments.UsageError(message: "bench-latency 需要 --queries FILE") }
        let kind = arguments.value("kind") ?? "precedents"
        guard ["precedents", "statutes", "articles"].contains(kind) else {
            throw CommandLineArguments.UsageError(message: "--kind 应为 precedents、statutes 或 articles")
        }
        let rounds = try arguments.integer("rounds", default: 5, range: 1...1000)
        let texts = try EvalCommand.readText(path).split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            return (try? JSONParser.parse(trimmed))?["text"]?.stringValue ?? trimmed
        }
        var weights = StatuteWeights()
        for assignment in arguments.values("set") { try weights.set(assignment) }
        let session = try Caselib.session(arguments)
        func call(_ text: String) throws {
            switch kind {
            case "statutes": _ = try session.statutes(answering: text, limit: 10, weights: weights)
            case "articles":
                let request = PrecedentFinder.Request(text: text)
                _ = try session.applicableArticles(for: request, precedents: try session.precedents(request))
            default: _ = try session.precedents(.init(text: text))
            }
        }
        for text in texts { try call(text) }
        var times: [Double] = []
        for _ in 0..<rounds {
            for text in texts {
                let start = Date()
                try call(text)
                times.append(Date().timeIntervalSince(start) * 1000)
            }
        }
        times.sort()
        let p95 = times[min(times.count - 1, Int((Double(times.count) * 0.95).rounded(.up)) - 1)]
        print(String(format: "%@：%d 次调用，中位数 %.1f ms，p95 %.1f ms", kind, times.count, times[times.count / 2], p95))
        return 0
    }
}
