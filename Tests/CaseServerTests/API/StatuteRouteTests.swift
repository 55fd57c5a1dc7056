import CaseServer
import Foundation
import Testing
import TestSupport

/// `GET /api/statutes/{law}/{article}/cases` and the record view's `citations`, over the real text
/// of the 2019 Regulations (`/work/shared/corpora/lawrefbook`), copied into the library's `statutes/`.
/// The real text of the 2019 Regulations, when the shared corpus is present.
enum StatuteCorpus {
    /// The 2019 Regulations, from ../shared or the copy shipped in the repo.
    static let regulations: URL? = ProjectPaths.regulations2019

    /// Copies the Regulations into `library`'s `Cases/statutes/`.
    static func install(in library: TestLibrary) throws {
        let folder = library.directory.path("Cases/statutes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard let source = regulations else { throw TestLibraryError(description: "the statute corpus is absent") }
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("政府信息公开条例(2019-04-03).md"))
    }
}

@Suite(
    "API: cases citing an article, and citations in the record view",
    .enabled(if: StatuteCorpus.regulations != nil,
             "the statute corpus is absent: no 行政法规/政府信息公开条例(2019-04-03).md under the shared corpora/lawrefbook"))
struct StatuteRouteTests {
    /// A test library with the Regulations in `Cases/statutes/`.
    static func libraryWithStatutes() throws -> TestLibrary {
        let library = try TestLibrary()
        try StatuteCorpus.install(in: library)
        return library
    }

    static let law = encoded("政府信息公开条例")

    @Test(arguments: ["第十五条", "15", "十五", "第15条"])
    func casesCitingArticle15AreListedWhicheverWayTheArticleIsWritten(article: String) throws {
        let answer = try Self.libraryWithStatutes().router().call("/api/statutes/\(Self.law)/\(encoded(article))/cases")
        #expect(answer.status == 200, "\(answer.text.prefix(300))")
        #expect(answer.json["article"] as? String == "第十五条")
        let ids = try #require((answer.json["cases"] as? [[String: Any]])?.compactMap { $0["id"] as? String })
        #expect(ids == [TestLibrary.similarCase, TestLibrary.correctedCase].sorted())
        #expect(answer.json["count"] as? Int == 2)
        #expect(!ids.contains(TestLibrary.draftCase), "hidden cases are not listed")
        #expect(!ids.contains(TestLibrary.otherCase), "a case citing another article is not listed")
    }

    @Test func statuteSearchAnswersAPracticalQuestionWithArticles() throws {
        let library = try Self.libraryWithStatutes()
        try library.reindex()
        let router = try library.router()
        let answer = try router.call("/api/statutes/search?q=\(encoded("第三方不同意公开怎么办，要不要征求他的意见"))&limit=5")
        #expect(answer.status == 200, "\(answer.text.prefix(300))")
        let results = try #require(answer.json["results"] as? [[String: Any]])
        #expect(!results.isEmpty && results.count <= 5)
        #expect(results.allSatisfy { ($0["law"] as? String)?.contains("政府信息公开条例") == true })
        let articles = results.compactMap { $0["article"] as? String }
        #expect(articles.contains("第三十二条") || articles.contains("第十五条"), "\(articles)")
        #expect(try router.call("/api/statutes/search").status == 400)
        #expect(try router.call("/api/statutes/search?q=x&limit=0").errorMessage.contains("limit"))
    }

    @Test func anArticleLiftedByAQuestionKindSaysWhichKind() throws {
        let library = try Self.libraryWithStatutes()
        try library.directory.write("kind 收费 = 收费, 费用 => 政府信息公开条例 第四十二条\n", to: "Cases/statutes/domain.txt")
        try library.reindex()
        let answer = try library.router().call("/api/statutes/search?q=\(encoded("复印材料的费用由谁承担"))&limit=5")
        #expect(answer.status == 200, "\(answer.text.prefix(300))")
        let results = try #require(answer.json["results"] as? [[String: Any]])
        let article42 = try #require(results.first { $0["article"] as? String == "第四十二条" }, "\(results.map { $0["article"] ?? "" })")
        #expect((article42["why"] as? [String: Any])?["question_kinds"] as? [String] == ["收费"])
        #expect(results.filter { ($0["why"] as? [String: Any])?["question_kinds"] as? [String] == [] }.count == results.count - 1)
        #expect((article42["why"] as? [String: Any])?["approximate_kinds"] as? [String] == [], "费用 is said exactly")
        let coverages = results.compactMap { ($0["why"] as? [String: Any])?["coverage"] as? Double }
        #expect(coverages.count == results.count && coverages.allSatisfy { (0...1).contains($0) }, "\(coverages)")
        #expect(coverages.contains { $0 > 0 }, "an article sharing the question's words covers some of it")
        try library.directory.write("kind 收费 = 复印费用 => 政府信息公开条例 第四十二条\n", to: "Cases/statutes/domain.txt")
        try library.reindex()
        let near = try library.router().call("/api/statutes/search?q=\(encoded("复印材料的费用由谁承担"))&limit=5")
        let nearResults = try #require(near.json["results"] as? [[String: Any]])
        let nearly = try #require(nearResults.first { $0["article"] as? String == "第四十二条" }, "\(nearResults.map { $0["article"] ?? "" })")
        #expect((nearly["why"] as? [String: Any])?["approximate_kinds"] as? [String] == ["收费"], "复印 and 费用 of 复印费用")
    }

    @Test func hiddenCasesAreListedWithAll() throws {
        let answer = try Self.libraryWithStatutes().router().call("/api/statutes/\(Self.law)/15/cases?all=1")
        let ids = (answer.json["cases"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.contains(TestLibrary.draftCase))
    }

    @Test func theLawMayBeNamedByTheTitleTheRecordViewShows() throws {
        let router = try Self.libraryWithStatutes().router()
        let record = try router.call("/api/records/\(TestLibrary.correctedCase)")
        let citation = try #require((record.json["citations"] as? [[String: Any]])?.first)
        let law = try #require(citation["law"] as? String)
        let article = try #require(citation["article"] as? String)
        let answer = try router.call("/api/statutes/\(encoded(law))/\(encoded(article))/cases")
        #expect(answer.status == 200)
        #expect(answer.json["count"] as? Int == 2)
    }

    @Test(arguments: ["abc", "第零条", "0", "-3"])
    func badArticleIsNamed(article: String) throws {
        let answer = try Self.libraryWithStatutes().router().call("/api/statutes/\(Self.law)/\(encoded(article))/cases")
        #expect(answer.status == 400)
        #expect(answer.errorMessage.contains("'article'"), "message: \(answer.errorMessage)")
    }

    @Test func libraryWithoutStatutesAnswersNotFound() throws {
        let answer = try TestLibrary().router().call("/api/statutes/\(Self.law)/15/cases")
        #expect(answer.status == 404)
        #expect(answer.errorCode == "not_found")
    }

    @Test func recordViewCitesTheProvisionWithItsText() throws {
        let answer = try Self.libraryWithStatutes().router().call("/api/records/\(TestLibrary.correctedCase)")
        #expect(answer.status == 200)
        let citations = try #require(answer.json["citations"] as? [[String: Any]])
        let article15 = try #require(citations.first { $0["article"] as? String == "第十五条" })
        #expect(article15["resolved"] as? Bool == true)
        #expect(article15["field"] as? String == "legal_basis[0]")
        #expect(article15["version"] as? String == "2019-05-15")
        let text = try #require(article15["provision_text"] as? String)
        #expect(text.contains("个人隐私"))
    }

    @Test func recordViewMarksACitationOfAnAbsentLawUnresolved() throws {
        let library = try Self.libraryWithStatutes()
        try library.write(Fixtures.caseJSON(id: "2023-XH-0100", ["legal_basis": ["《治安管理处罚法》第九十七条"]]))
        try library.reindex()
        let answer = try library.router().call("/api/records/2023-XH-0100")
        let citation = try #require((answer.json["citations"] as? [[String: Any]])?.first)
        #expect(citation["resolved"] as? Bool == false)
        #expect(citation["provision_text"] is NSNull)
    }

    @Test func recordViewHasNoCitationsWithoutStatutes() throws {
        let answer = try TestLibrary().router().call("/api/records/\(TestLibrary.correctedCase)")
        #expect(answer.json["citations"] == nil)
    }
}
