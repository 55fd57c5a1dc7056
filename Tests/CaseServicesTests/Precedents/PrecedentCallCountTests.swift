import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

/// A precedent query costs a handful of Xapian calls, not one count per term of the application:
/// the terms' document frequencies among visible cases come from one batched call.
@Suite("Precedent queries make few Xapian calls")
struct PrecedentCallCountTests {
    static let application = """
        申请人张某委托律师事务所律师，申请公开公安分局对其邻居作出的行政拘留决定书、询问笔录和现场执法记录仪视频，\
        称其为被侵害人，需要用于民事诉讼。此前其已多次通过信访渠道反映，并于去年提出过相同申请。
        """

    @Test func aPrecedentQueryOnTheSampleLibraryMakesAFewSearches() throws {
        let directory = TemporaryDirectory("call-count")
        let library = CaseLibraryService(casesRoot: ProjectPaths.root.appendingPathComponent("Cases"), indexRoot: directory.path("Index"))
        _ = try library.updateIndex()
        let session = try LibrarySession(library: library, viewer: .member, refreshInterval: 1000)
        let tally = XapianCallTally()
        let results = try XapianCallCounter.$tally.withValue(tally) { try session.precedents(.init(text: Self.application)) }
        let totals = tally.totals
        print("precedent query: \(totals.searches) searches, \(totals.calls) calls into the shim, \(results.count) results")
        #expect(!results.isEmpty)
        #expect(totals.searches <= 10, "searches: \(totals.searches)")
        #expect(totals.calls <= 800, "calls (mostly building the query's terms): \(totals.calls)")
    }
}
