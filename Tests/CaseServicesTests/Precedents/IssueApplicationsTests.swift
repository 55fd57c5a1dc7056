import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

/// The six applications of issue 11, written from the issue's text before any run: each one's
/// decisive precedent in the shipped `Cases/` must rank in the top 3.
@Suite("Precedents: the six applications of issue 11 find their decisive precedent", .serialized)
struct IssueApplicationsTests {
    struct Application: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let category: String?
        /// Any of these in the top 3 passes.
        let decisive: Set<String>
        var description: String { name }
    }

    static let applications: [Application] = [
        Application(name: "律师代理被侵害人申请行政拘留决定书",
                    text: "某律师事务所律师受张某委托，向分局申请公开派出所对殴打张某的王某作出的行政拘留决定书。张某被打伤后一直没有收到处罚结果，准备委托律师提起民事诉讼要求赔偿。",
                    category: "行政处罚类", decisive: ["2021-HP-0019"]),
        Application(name: "企业申请火灾调查材料",
                    text: "某商贸公司租用的仓库上月发生火灾，公司为向保险公司理赔，向区公安分局申请公开此次火灾的调查材料和起火原因认定书。",
                    category: nil, decisive: ["2022-HP-0027"]),
        Application(name: "记者申请统计数据",
                    text: "某报社记者为写一篇关于本市电动自行车被盗问题的报道，申请公开近三年各区电动自行车被盗案件的数量、总数和各区排名，以及破案率。",
                    category: nil, decisive: ["2017-SJ-0021", "2020-SJ-0012", "2025-PD-0029"]),
        Application(name: "无关邻居申请他人的处罚决定书",
                    text: "小区居民赵某得知楼下住户因打架被派出所拘留了几天，出于好奇向分局申请公开对该住户的处罚决定书全文，称自己与此事无关，但有权知道。",
                    category: nil, decisive: ["2025-XH-0006", "2018-PD-0022"]),
        Application(name: "报案人申请刑事案件进展",
                    text: "钱某去年被人以投资为名骗走二十万元，向派出所报案后一直没有消息，现申请公开该案的侦查进展、嫌疑人是否抓获以及案件办理情况。",
                    category: nil, decisive: ["2022-MH-0045"]),
        Application(name: "重复申请同一出警记录",
                    text: "孙某三个月前申请过本人报警当晚的出警记录，分局已经答复并提供。近日孙某换了一种说法又递交申请，要求公开那天晚上民警处理他报警的全部记录。",
                    category: nil, decisive: ["2024-MH-0022", "2018-MH-0010"]),
    ]

    /// One session over the shipped library, its index built once in a temporary folder.
    final class Library: @unchecked Sendable {
        static let shared = Library()
        let directory = TemporaryDirectory("issue-applications")
        let session: LibrarySession?

        init() {
            let service = CaseLibraryService(casesRoot: ProjectPaths.root.appendingPathComponent("Cases"), indexRoot: directory.path("Index"))
            session = (try? service.updateIndex()).flatMap { _ in try? LibrarySession(library: service, viewer: .member) }
        }
    }

    /// The same library with every case titled by its parties only (张某诉某公安分局政府信息公开案),
    /// as published court cases are: what was asked for must then be read from the request.
    final class PartyTitledLibrary: @unchecked Sendable {
        static let shared = PartyTitledLibrary()
        let directory: TemporaryDirectory
        let session: Result<LibrarySession, Error>

        init() {
            let directory = TemporaryDirectory("issue-applications-party-titles")
            self.directory = directory
            session = Result { try Self.open(in: directory) }
        }

        private static func open(in directory: TemporaryDirectory) throws -> LibrarySession {
            let cases = directory.path("Cases")
            try FileManager.default.copyItem(at: ProjectPaths.root.appendingPathComponent("Cases"), to: cases)
            let folder = cases.appendingPathComponent("cases")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
                let file = folder.appendingPathComponent(name)
                let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                    .map { $0.hasPrefix("title:") ? "title: 某某诉某公安分局政府信息公开案" : $0 }
                try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
            }
            let service = CaseLibraryService(casesRoot: cases, indexRoot: directory.path("Index"))
            _ = try service.updateIndex()
            return try LibrarySession(library: service, viewer: .member)
        }
    }

    @Test(arguments: applications)
    func decisivePrecedentIsInTheTopThree(_ application: Application) throws {
        let session = try #require(Library.shared.session)
        let results = try session.precedents(.init(text: application.text, category: application.category, limit: 10))
        let ids = results.map(\.record.id)
        let rank = ids.firstIndex { application.decisive.contains($0) }.map { $0 + 1 }
        #expect((rank ?? 99) <= 3, "\(application.name)：决定性先例排名 \(rank.map(String.init) ?? ">10")；前五 \(ids.prefix(5))")
    }

    @Test(arguments: applications)
    func decisivePrecedentIsInTheTopThreeWhenCasesAreTitledByTheirPartiesOnly(_ application: Application) throws {
        let session = try PartyTitledLibrary.shared.session.get()
        let results = try session.precedents(.init(text: application.text, category: application.category, limit: 10))
        let ids = results.map(\.record.id)
        let rank = ids.firstIndex { application.decisive.contains($0) }.map { $0 + 1 }
        #expect((rank ?? 99) <= 3, "\(application.name)：决定性先例排名 \(rank.map(String.init) ?? ">10")；前五 \(ids.prefix(5))")
    }

    @Test func decisivePrecedentExplainsItsElementsInChinese() throws {
        let session = try #require(Library.shared.session)
        let application = Self.applications[0]
        let results = try session.precedents(.init(text: application.text, category: application.category, limit: 10))
        let precedent = try #require(results.first { $0.record.id == "2021-HP-0019" })
        let lines = precedent.why.elements.map(\.description)
        #expect(lines.contains("申请人身份：被侵害人 ✓"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("程序：行政") && $0.hasSuffix("✓") }, "\(lines)")
        #expect(precedent.isCorrected, "the corrected precedent is shown as a warning")
        let criminal = results.first { $0.why.elements.contains { $0.dimension == "程序" && $0.agreement == .different } }
        if let criminal {
            #expect(criminal.why.elements.first { $0.dimension == "程序" }?.description == "程序：行政 ✗ 刑事")
        }
    }

    @Test func applicableArticlesComeFromThePrecedentsLegalBasis() throws {
        let session = try #require(Library.shared.session)
        let application = Self.applications[0]
        let request = PrecedentFinder.Request(text: application.text, category: application.category, limit: 10)
        let precedents = try session.precedents(request)
        let articles = try session.applicableArticles(for: request, precedents: precedents, on: "2024-05-01", limit: 5)
        let article = try #require(articles.first { $0.law.contains("治安管理处罚法") && $0.number == 97 },
                                   "\(articles.map(\.citation))")
        #expect(!article.citingCases.isEmpty)
        #expect(!article.citingCases.contains("2021-HP-0019"), "a corrected precedent is not counted as support")
        #expect(article.version == "2012-10-26" || article.version != nil)
        #expect(article.text?.contains("被侵害人") == true)
        let regulations = articles.first { $0.law.contains("政府信息公开条例") }
        #expect(regulations == nil || regulations?.version == "2019-05-15", "the Regulations in force on the application's date")
    }
}
