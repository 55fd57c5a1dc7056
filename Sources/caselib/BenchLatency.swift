import CaseServices
import Foundation
import Glibc

/// `caselib bench-search --queries FILE --per-query OUT [--rounds N] [--precedents]`: the latency of
/// each query, one at a time on one thread, through the same `LibrarySession` calls the API makes
/// (`search`: first page of 10 with facets and passages; `precedents`: a precedent request of 10).
///
/// Writes one line per query to OUT: `number <TAB> median CPU ms <TAB> median wall ms <TAB> the ids
/// of the first 10 results, comma-separated`. CPU time is the thread's own, so other work on a
/// shared machine disturbs it less than wall time. Each query runs once to warm up, then N times.
enum BenchLatency {
    static func run(queries: [String], library: CaseLibraryService, output: String, rounds: Int, precedents: Bool) throws {
        let session = try LibrarySession(library: library, viewer: .member, refreshInterval: 3600)
        var lines: [String] = []
        for (number, query) in queries.enumerated() {
            var ids: [String] = []
            var cpu: [Double] = [], wall: [Double] = []
            for round in 0...rounds {
                let (startCPU, startWall) = (threadCPUSeconds(), DispatchTime.now().uptimeNanoseconds)
                if precedents {
                    ids = try session.precedents(.init(text: query, limit: 10)).map(\.record.id)
                } else {
                    ids = try session.search(SearchQuery(text: query)).entries.map(\.summary.id)
                }
                guard round > 0 else { continue }
                cpu.append((threadCPUSeconds() - startCPU) * 1000)
                wall.append(Double(DispatchTime.now().uptimeNanoseconds - startWall) / 1e6)
            }
            lines.append("\(number)\t\(median(cpu))\t\(median(wall))\t\(ids.prefix(10).joined(separator: ","))")
        }
        do {
            try (lines.joined(separator: "\n") + "\n").write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw CaselibError("无法写入 \(output)：\(error)")
        }
    }

    /// The calling thread's CPU time in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
