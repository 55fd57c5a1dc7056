import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Readers on different threads share nothing: each server worker has its own, and the queries
/// they build must not share Xapian objects either.
@Suite("Readers on many threads at once")
struct ConcurrentReadersTests {
    /// Regression: "every document" was built from Xapian's static `Query::MatchAll`, whose
    /// reference count is not atomic. Workers building it at the same time corrupted the count,
    /// freed the shared object, and the process crashed (SIGSEGV in libxapian, seen in CI).
    @Test func everyDocumentQueriesOnManyThreadsAtOnce() throws {
        let library = try TestLibrary((1...6).map { searchCase("T-\($0)", title: "申请查阅第\($0)号户籍档案案") })
        try library.index()
        let location = library.location
        let failures = LockedList<String>()
        let group = DispatchGroup()
        for worker in 0..<4 {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                do {
                    let reader = try IndexReader(location: location)
                    for round in 0..<4_000 {
                        let counts = try reader.frequencies(of: ["户籍"], within: .all)
                        if counts.total != 6 { failures.append("worker \(worker) round \(round): total \(counts.total)") }
                        let page = try reader.frequencies(of: [], within: .and([]))
                        if page.total != 6 { failures.append("worker \(worker) round \(round): empty AND \(page.total)") }
                    }
                } catch {
                    failures.append("worker \(worker): \(error)")
                }
            }
            thread.start()
        }
        group.wait()
        #expect(failures.items.isEmpty, "\(failures.items.prefix(5))")
    }
}
