import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

/// What a member may not see changes nothing a member receives: every answer of a member's
/// session over a library with hidden records equals the answer over the same library without
/// them — hits, orders, totals, facets, statuses, boosts, documents — and the canary planted in the
/// hidden records never comes back. Scores too: a member's reader opens only the index's visible
/// partition, so BM25's statistics never count a hidden document.
@Suite("A member's session sees nothing of hidden records")
struct SessionVisibilityTests {
    static let queries = ["户籍档案", "行政处罚决定书", VisibilityFixture.canary, "户籍档案 \(VisibilityFixture.canary)", "",
                          "category:历史信息类", "应聘者"]

    private func ids(_ page: SearchPage) -> [String] { page.entries.map(\.summary.id) }
    private func facets(_ page: SearchPage) -> String {
        page.facets.map { "\($0.name)=" + $0.counts.map { "\($0.value):\($0.count)" }.joined(separator: ",") }.joined(separator: ";")
    }

    @Test func searchTotalsOrdersAndFacetsAreTheSameWithAndWithoutHiddenRecords() throws {
        let fixture = try VisibilityFixture()
        let (a, b) = try fixture.memberSessions()
        for query in Self.queries {
            let (left, right) = (try a.search(SearchQuery(text: query, limit: 50)), try b.search(SearchQuery(text: query, limit: 50)))
            #expect(right.total == left.total, "\(query)")
            #expect(ids(right) == ids(left), "\(query)")
            #expect(facets(right) == facets(left), "\(query)")
            #expect(right.entries.map(\.score) == left.entries.map(\.score), "\(query)")
            #expect(!right.entries.contains { $0.passage.text.contains(VisibilityFixture.canary) || $0.summary.title.contains(VisibilityFixture.canary) })
        }
        #expect(try b.status().documents == a.status().documents, "the document count is what the member may see")
    }

    /// Regression (coverage leak): a word found only in hidden records used to lower the scores of
    /// a query containing it, telling a member that hidden records contain it.
    @Test func aWordOnlyInHiddenRecordsDoesNotChangeScores() throws {
        let fixture = try VisibilityFixture()
        let (_, b) = try fixture.memberSessions()
        let plain = try b.search(SearchQuery(text: "户籍档案"))
        let withCanary = try b.search(SearchQuery(text: "户籍档案 应聘者"))
        let withNothing = try b.search(SearchQuery(text: "户籍档案 飞行员"))
        #expect(ids(withCanary) == ids(plain))
        #expect(withCanary.entries.map(\.score) == withNothing.entries.map(\.score), "a hidden-only word counts as absent")
    }

    @Test func hiddenRecordsAreNotFoundByIdNorSimilarNorListed() throws {
        let fixture = try VisibilityFixture()
        let (a, b) = try fixture.memberSessions()
        for id in VisibilityFixture.hiddenIDs {
            #expect(throws: ServiceError.notFound("没有编号为 \(id) 的记录")) { try b.record(id: id) }
            #expect(throws: ServiceError.notFound("没有编号为 \(id) 的记录")) { try b.similar(to: id) }
            #expect(throws: ServiceError.self) { try b.record(id: id, includeHidden: true) }
        }
        let training = try b.record(id: "T-VISIBLE-1")
        #expect(training.listedCases.map(\.id) == ["2022-HP-0001"])
        #expect(training.record.list("cases") == ["2022-HP-0001"], "the record's own list names no hidden case")
        #expect(JSONWriter.compact(training.record.json) == JSONWriter.compact(try a.record(id: "T-VISIBLE-1").record.json))
        let history = try #require(try b.record(id: "2023-XH-0002").history)
        #expect(history.outcomes.map(\.id) == ["O-VISIBLE-1"])
    }

    @Test func precedentsAndSimilarCasesAreTheSame() throws {
        let fixture = try VisibilityFixture()
        let (a, b) = try fixture.memberSessions()
        let application = "申请人要求查阅其祖父五十年代的户籍档案和户口底册，并要求公开邻居的行政处罚决定书。"
        let left = try a.precedents(.init(text: application)), right = try b.precedents(.init(text: application))
        #expect(right.map(\.record.id) == left.map(\.record.id))
        #expect(right.map(\.score) == left.map(\.score))
        // The age penalty is counted from the newest visible case, never from a hidden draft's year.
        #expect(right.map { $0.why.boosts.map(\.name) } == left.map { $0.why.boosts.map(\.name) })
        #expect(right.map(\.history.status) == left.map(\.history.status))
        #expect(try b.similar(to: "2022-HP-0001").map(\.record.id) == a.similar(to: "2022-HP-0001").map(\.record.id))
    }

    @Test func statutesAndTheirCitingCasesCountOnlyVisibleRecords() throws {
        let fixture = try VisibilityFixture()
        let (a, b) = try fixture.memberSessions()
        let question = "申请的信息涉及第三方个人隐私，要不要征求第三方意见"
        var weights = StatuteWeights()
        weights.citedBoost = 0.3  // off by default; on here so that the counts are compared
        let left = try a.statutes(answering: question, weights: weights), right = try b.statutes(answering: question, weights: weights)
        #expect(left.contains { $0.why.boosts.contains { $0.name.hasPrefix("cited by") } }, "the prior is in play")
        #expect(right.map(\.id) == left.map(\.id))
        #expect(right.map(\.score) == left.map(\.score))
        #expect(right.map { $0.why.boosts.map(\.name) + $0.why.boosts.map { String($0.size) } }
                == left.map { $0.why.boosts.map(\.name) + $0.why.boosts.map { String($0.size) } }, "cited-by counts only visible cases")
        let citingA = try a.casesCiting(law: "条例", article: "第十五条")
        let citingB = try b.casesCiting(law: "条例", article: "第十五条")
        #expect(citingB.cases.map(\.id) == citingA.cases.map(\.id))
        #expect(!citingB.cases.isEmpty)
    }

    @Test func compilationAndCoursePacksAreTheSame() throws {
        let fixture = try VisibilityFixture()
        // Exporters compile and trainers build courses; neither may see hidden records.
        let (a, b) = try fixture.sessions(Viewer(name: "exporter", role: .exporter))
        for year in [2022, 2023, 2024, 2031] {
            let left = try a.compilation(year: year), right = try b.compilation(year: year)
            #expect(MarkdownRenderer().render(right) == MarkdownRenderer().render(left), "\(year)")
            #expect(StatisticsCSVRenderer().render(right.statistics) == StatisticsCSVRenderer().render(left.statistics), "\(year)")
        }
        let spec: JSONValue = try JSONParser.parse(#"{"title": "培训", "sessions": [{"title": "户籍", "query": "户籍档案", "records": ["T-VISIBLE-1"]}]}"#)
        let (trainerA, trainerB) = try fixture.sessions(Viewer(name: "trainer", role: .trainer))
        #expect(try trainerB.course(json: spec).markdown == trainerA.course(json: spec).markdown)
        #expect(throws: ServiceError.self) { try b.course(json: spec) }
        // A hidden id is refused exactly as an unknown one.
        func refusal(_ id: String) -> String? {
            let text = #"{"title": "培训", "sessions": [{"title": "一", "records": ["\#(id)"]}]}"#
            do { _ = try trainerB.course(json: try JSONParser.parse(text)); return nil } catch {
                return String(describing: error).replacingOccurrences(of: id, with: "ID")
            }
        }
        #expect(refusal("2031-XH-0001") != nil)
        #expect(refusal("2031-XH-0001") == refusal("NO-SUCH-0001"))
    }

    @Test func askingForHiddenRecordsIsRefusedForAMemberAndAnsweredForAReviewer() throws {
        let fixture = try VisibilityFixture()
        let (_, b) = try fixture.memberSessions()
        #expect(throws: ServiceError.self) { try b.search(SearchQuery(text: "户籍", includeHidden: true)) }
        let reviewer = try LibrarySession(library: fixture.withHidden, viewer: .reviewer, refreshInterval: 0)
        let all = try reviewer.search(SearchQuery(text: VisibilityFixture.canary, includeHidden: true))
        #expect(Set(all.entries.map(\.summary.id)) == Set(VisibilityFixture.hiddenIDs))
        #expect(try reviewer.record(id: "2031-XH-0001", includeHidden: true).record.id == "2031-XH-0001")
        #expect(try reviewer.status().documents > b.status().documents)
    }
}
