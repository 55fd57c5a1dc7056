import CaseServices
import Dispatch
import Foundation

/// `caselib bench-search --queries FILE [--seconds N] [--threads N]` (hidden; used by Tools/load and Tools/bench).
///
/// Runs the queries in FILE (one per line, cycled) through `LibrarySession.search` exactly as
/// `GET /api/search` does (first page of 10, with facets), on N threads that each own a reader,
/// for N seconds, and prints the queries per second. With `--per-query OUT [--rounds N] [--precedents]`
/// it measures each query's latency instead (see `BenchLatency`).
enum BenchSearchCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["queries", "seconds", "threads", "per-query", "rounds"],
                                                 flags: ["precedents"], command: "bench-search")
        guard let path = arguments.value("queries") else {
            throw CommandLineArguments.UsageError(message: "bench-search 需要 --queries FILE")
        }
        let seconds = try arguments.integer("seconds", default: 10, range: 1...3600)
        let threads = try arguments.integer(
            "threads", default: max(1, ProcessInfo.processInfo.activeProcessorCount), range: 1...256)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CaselibError("无法读取 \(path)") }
        let queries = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !queries.isEmpty else { throw CaselibError("\(path) 中没有检索式") }
        let library = Caselib.service(arguments)
        guard library.hasIndex else { throw CaselibError("索引不存在：\(library.indexRoot.path)（请先运行 caselib index）") }
        if let output = arguments.value("per-query") {
            try BenchLatency.run(queries: queries, library: library, output: output,
                                 rounds: try arguments.integer("rounds", default: 5, range: 1...1000), precedents: arguments.flag("precedents"))
            return 0
        }

        let tally = Tally()
        let group = DispatchGroup()
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds) * 1_000_000_000
        let start = DispatchTime.now().uptimeNanoseconds
        for index in 0..<threads {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                tally.add(searchUntil(deadline, queries: queries, first: index, library: library))
            }
            thread.start()
        }
        group.wait()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let failure = tally.failure { throw CaselibError("检索失败：\(failure)") }
        let rate = Double(tally.count) / elapsed
        print("进程内：\(tally.count) 次检索，用时 \(String(format: "%.1f", elapsed)) 秒，\(threads) 个线程 = \(String(format: "%.0f", rate)) 次检索/秒")
        return 0
    }

    /// Searches in a loop until `deadline`; returns the count or the first error.
    private static func searchUntil(
        _ deadline: UInt64, queries: [String], first: Int, library: CaseLibraryService
    ) -> Result<Int, any Error> {
        do {
            // One session per thread, as the server has one per worker: the exact search the API runs.
            let session = try LibrarySession(library: library, viewer: .member, refreshInterval: 1)
            var count = 0
            var next = first
            while DispatchTime.now().uptimeNanoseconds < deadline {
                _ = try session.search(SearchQuery(text: queries[next % queries.count]))
                next += 1
                count += 1
            }
            return .success(count)
        } catch {
            return .failure(error)
        }
    }

    /// Totals from the benchmark threads.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var count = 0
        private(set) var failure: String?

        func add(_ result: Result<Int, any Error>) {
            lock.lock()
            defer { lock.unlock() }
            switch result {
            case .success(let value): count += value
            case .failure(let error): failure = failure ?? "\(error)"
            }
        }
    }
}
