@testable import CaseServices
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// The answer desk on the sample library: suggested handling from the top precedents, applicable
/// articles in the version in force on the application's date, filters that filter.
@Suite("Answer desk: suggestion, articles, filters")
struct AnswerDeskTests {
    private func desk(_ text: String, received: String? = "2026-09-21", configure: (inout PrecedentFinder.Request) -> Void = { _ in }) throws -> DeskAnswer {
        var request = PrecedentFinder.Request(text: text)
        configure(&request)
        let deadline = try received.map { AnswerDeadline.Request(received: try #require(CivilDay($0))) }
        return try SampleLibrary.session().desk(DeskRequest(precedents: request, deadline: deadline))
    }

    @Test func theSuggestionReadsTheTopFivePrecedentsAndNamesTheCasesBehindEachFigure() throws {
        let answer = try desk(SampleLibrary.victimsLawyer)
        let top = Array(answer.precedents.prefix(5))
        #expect(answer.suggestion.considered == top.count)
        #expect(answer.suggestion.text.hasPrefix("前\(top.count)例中"))
        let grouped = answer.suggestion.groups.flatMap(\.cases)
        #expect(grouped.sorted() == top.map(\.record.id).sorted(), "every precedent read is behind exactly one figure")
        for group in answer.suggestion.groups {
            for id in group.cases { #expect(answer.suggestion.text.contains(id)) }
            let members = top.filter { group.cases.contains($0.record.id) }
            #expect(members.allSatisfy { $0.record.response == group.response && $0.record.responseDetail == group.detail })
            #expect(Set(group.corrected) == Set(members.filter { $0.history.status == .corrected }.map(\.record.id)))
            #expect(Set(group.upheld) == Set(members.filter { $0.history.status == .upheld }.map(\.record.id)))
        }
        #expect(abs(answer.suggestion.groups.map(\.share).reduce(0, +) - 1) < 1e-9)
        #expect(answer.deadline?.due.description == "2026-10-26")
    }

    @Test func aCorrectedPrecedentWarnsAndNeverSupports() throws {
        let corrected = try PrecedentFixture.result("C-1", response: "不予公开", detail: "保护第三方合法权益", score: 10, outcomes: [("行政复议", "撤销")])
        let upheld = try PrecedentFixture.result("U-1", response: "部分公开", detail: nil, score: 5, outcomes: [("一审", "驳回诉讼请求")])
        let suggestion = HandlingSuggestion(precedents: [corrected, upheld])
        let warned = try #require(suggestion.groups.first { $0.cases == ["C-1"] })
        #expect(warned.share == 0 && warned.corrected == ["C-1"])
        #expect(suggestion.groups.first?.label == "部分公开", "the supported answer leads, however high the corrected one ranked")
        #expect(suggestion.text.contains("1例答复为部分公开"))
        #expect(suggestion.text.contains("经复议或诉讼维持"))
        #expect(suggestion.text.contains("被复议机关或法院纠正（C-1），不宜照搬"))
    }

    @Test func upheldAnswersWeighMoreThanUnchallengedOnes() throws {
        let upheld = try PrecedentFixture.result("U-1", response: "不予公开", detail: "属于行政查询事项", score: 10, outcomes: [("行政复议", "维持")])
        let plain = try PrecedentFixture.result("P-1", response: "予以公开", detail: nil, score: 10, outcomes: [])
        let suggestion = HandlingSuggestion(precedents: [plain, upheld])
        #expect(suggestion.groups.map(\.label) == ["不予公开（属于行政查询事项）", "予以公开"])
        #expect(abs(suggestion.groups[0].share - 0.6) < 1e-9, "1.5 against 1")
        #expect(HandlingSuggestion(precedents: []).text == "没有找到可资参考的先例。")
    }

    @Test func articlesComeFromThePrecedentsInTheVersionInForceOnTheApplicationsDate() throws {
        let answer = try desk(SampleLibrary.victimsLawyer)
        // The third-party article is among them, in the version in force on the application's date.
        let first = try #require(answer.articles.first { $0.law == "中华人民共和国政府信息公开条例" && $0.article == "第十五条" })
        #expect(answer.articles.prefix(3).contains { $0.law == first.law && $0.article == first.article })
        #expect(first.version == "2019-05-15" && first.inForce)
        #expect(first.text?.contains("第三方") == true)
        let supporting = Set(answer.precedents.filter { $0.history.status != .corrected }.map(\.record.id))
        let warning = Set(answer.precedents.filter { $0.history.status == .corrected }.map(\.record.id))
        for article in answer.articles {
            #expect(Set(article.cases).isSubset(of: supporting), "a corrected precedent's citation is never support")
            #expect(Set(article.correctedCases).isSubset(of: warning))
        }
        // A 2008-regime precedent's 条例 article is the 2008 article, never today's article of that number.
        let old = answer.articles.filter { !$0.inForce }
        for article in old { #expect(article.version != "2019-05-15") }
    }

    @Test func theBoostsLiftAndTheFiltersFilter() throws {
        let boosted = try desk(SampleLibrary.victimsLawyer) { $0.category = "户籍类" }
        #expect(boosted.precedents.contains { $0.record.category != "户籍类" }, "a boost excludes nothing")
        let filtered = try desk(SampleLibrary.victimsLawyer) { $0.filters.categories = ["行政处罚类"] }
        #expect(!filtered.precedents.isEmpty && filtered.precedents.allSatisfy { $0.record.category == "行政处罚类" })
        let corrected = try desk(SampleLibrary.victimsLawyer) { $0.filters.statuses = [.corrected] }
        #expect(!corrected.precedents.isEmpty && corrected.precedents.allSatisfy { $0.history.status == .corrected })
        let years = try desk(SampleLibrary.victimsLawyer) { $0.filters.years = 2019...2021 }
        #expect(!years.precedents.isEmpty && years.precedents.allSatisfy { (2019...2021).contains($0.record.year ?? 0) })
        let regime = try desk(SampleLibrary.victimsLawyer) { $0.filters.regimes = ["2008"] }
        #expect(!regime.precedents.isEmpty && regime.precedents.allSatisfy { $0.record.effectiveRegime == "2008" })
        let unit = try desk(SampleLibrary.victimsLawyer) { $0.filters.units = ["徐汇分局"] }
        #expect(!unit.precedents.isEmpty && unit.precedents.allSatisfy { $0.record.unit == "徐汇分局" })
        let answered = try desk(SampleLibrary.victimsLawyer) { $0.filters.responses = ["部分公开"] }
        #expect(!answered.precedents.isEmpty && answered.precedents.allSatisfy { $0.record.response == "部分公开" })
        #expect(throws: ServiceError.badInput("filter_category：‘不存在类’ 不是案例类别")) {
            try desk(SampleLibrary.victimsLawyer) { $0.filters.categories = ["不存在类"] }
        }
    }

    @Test func eachPrecedentShowsHowLongItsAnswerTookWhenTheCalendarCoversIt() throws {
        let answer = try desk(SampleLibrary.journalist, received: nil)
        let calendar = try SampleLibrary.session().workCalendar()
        for result in answer.precedents {
            guard let received = result.record.text("received").flatMap(CivilDay.init),
                  let answered = result.record.text("answered").flatMap(CivilDay.init) else { continue }
            let covered = calendar.covers(received) && calendar.covers(answered)
            #expect((answer.answerDays[result.record.id] != nil) == covered, "\(result.record.id)")
            if covered { #expect(answer.answerDays[result.record.id] == (try? calendar.workingDays(after: received, through: answered))) }
        }
        #expect(answer.deadline == nil && answer.deadlineProblem == nil)
    }

    @Test func aReceivedDateOutsideTheCalendarIsReportedNotGuessed() throws {
        let answer = try desk(SampleLibrary.fireCompany, received: "2018-03-01")
        #expect(answer.deadline == nil)
        #expect(answer.deadlineProblem?.contains("不在节假日日历的年份内") == true)
        #expect(!answer.precedents.isEmpty, "the precedents are still answered")
    }
}

/// Precedent results made by hand, for the suggestion's arithmetic.
enum PrecedentFixture {
    static func result(_ id: String, response: String, detail: String?, score: Double, outcomes: [(String, String)]) throws -> PrecedentResult {
        let record = try #require(Fixtures.record(Fixtures.caseJSON(id: id, ["response": response, "response_detail": detail])))
        let history = OutcomeHistory(outcomes: outcomes.enumerated().compactMap { offset, item in
            Fixtures.record(Fixtures.outcomeJSON(id: "O-\(id)-\(offset)", caseID: id, ["stage": item.0, "result": item.1, "date": "2021-0\(offset + 1)-01"]))
        })
        return PrecedentResult(record: record, score: score, relevance: score, history: history, passages: [],
                               why: .init(terms: [], phrases: [], fields: [], boosts: []))
    }
}
