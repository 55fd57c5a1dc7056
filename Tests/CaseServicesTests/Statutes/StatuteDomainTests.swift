import CaseLibrary
import CaseServices
import Foundation
import Testing

struct StatuteDomainTests {
    @Test func readsTiersByTitleKeyAndReportsBadLines() {
        let text = """
            # comment
            core = 中华人民共和国政府信息公开条例
            related = 行政复议法，《中华人民共和国行政诉讼法》
            related = 政府信息公开条例
            maybe = 档案法
            """
        let (domain, problems) = StatuteDomain.parse(text, path: "statutes/domain.txt")
        #expect(domain.tier(of: "政府信息公开条例") == .core)
        #expect(domain.tier(of: "中华人民共和国行政复议法") == .related)
        #expect(domain.tier(of: "行政诉讼法") == .related)
        #expect(domain.tier(of: "档案法") == nil)
        #expect(problems.map(\.description) == ["statutes/domain.txt:5: 应为“core = 法规, 法规”或“related = 法规, 法规”格式"])
    }

    @Test func weightsAreSetByNameForTuningRuns() throws {
        var weights = StatuteWeights()
        try weights.set("coreLawBoost=0.25")
        #expect(weights.coreLawBoost == 0.25)
        #expect(throws: ServiceError.self) { try weights.set("noSuchWeight=1") }
        #expect(throws: ServiceError.self) { try weights.set("coreLawBoost") }
        for bad in ["nan", "inf", "-inf", "1e300"] {
            #expect(throws: ServiceError.self, "a whole-number weight from \(bad) once trapped") { try weights.set("nearKindMinimumPairs=\(bad)") }
        }
    }

    @Test func evaluationLocatesJudgedArticlesByTheIdsAnImportGives() throws {
        let fixture = StatuteLibraryFixture()
        let law = StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2019-05-15", articles: StatuteSourcesTests.articles2019)
        try fixture.folder.write(law, to: "corpus/行政法规/条例(2019-04-03).md")
        let line = #"{"qid": "Q1", "text": "第三方", "relevant": [{"file": "行政法规/条例(2019-04-03).md", "article": "第十五条", "grade": 3}]}"#
        let questions = try StatuteEvaluation.readQuestions(line, path: "q.jsonl", corpus: fixture.folder.path("corpus"))
        let document = StatuteParser.parse(law, path: "x").document
        let expected = StatuteDocuments.id(for: document, article: try #require(document.article(15)))
        #expect(questions.first?.grades == [expected: 3])
        #expect(throws: ServiceError.self) { try StatuteEvaluation.readQuestions("{}", path: "q.jsonl", corpus: fixture.cases) }
    }
}
