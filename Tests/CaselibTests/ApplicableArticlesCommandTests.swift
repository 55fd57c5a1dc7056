import Foundation
import Testing
import TestSupport

/// `caselib statutes search --with-precedents` and `caselib precedents` show the legal elements and
/// the articles found through precedents, on the shipped library.
@Suite(.enabled(if: ProjectPaths.caselib != nil, "skipped: needs a built caselib"))
struct ApplicableArticlesCommandTests {
    func caselib(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let run = try CommandRunner.run(arguments, in: ProjectPaths.root)
        return (run.status, run.stdout)
    }

    @Test func victimQuestionGetsTheArticleItsPrecedentsCite() throws {
        let folder = TemporaryDirectory("applicable-articles")
        let index = folder.path("Index").path
        #expect(try caselib(["index", "--index", index]).status == 0)
        let question = "被打的人来要对打人者的拘留决定书，公安机关是不是本来就应该把决定书给受害人一份？"
        let (status, output) = try caselib(["statutes", "search", "--index", index, "--with-precedents", "--limit", "5", question])
        #expect(status == 0, "\(output)")
        let first = output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.contains("治安管理处罚法》第九十七条"), "\(output)")
        #expect(first.contains("先例引用"))
        let (_, json) = try caselib(["statutes", "search", "--index", index, "--with-precedents", "--json", question])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let articles = try #require(parsed?["articles"] as? [[String: Any]])
        let first97 = try #require(articles.first { ($0["law"] as? String)?.contains("治安管理处罚法") == true && $0["number"] as? Int == 97 })
        #expect(first97["version"] as? String == "2012-10-26")
        #expect((first97["citing_cases"] as? [String])?.isEmpty == false)

        let (_, precedents) = try caselib(["precedents", "--index", index, "--limit", "3", "--category", "行政处罚类",
                                           "某律师受被打伤的张某委托，申请公开对打人者的行政拘留决定书。"])
        #expect(precedents.contains("要素：") && precedents.contains("申请人身份："), "\(precedents)")
        let (_, wire) = try caselib(["precedents", "--index", index, "--json", "--limit", "3", "某律师受被打伤的张某委托，申请公开对打人者的行政拘留决定书。"])
        let results = (try JSONSerialization.jsonObject(with: Data(wire.utf8)) as? [String: Any])?["results"] as? [[String: Any]]
        let why = try #require(results?.first?["why"] as? [String: Any])
        let elements = try #require(why["elements"] as? [[String: Any]])
        #expect(elements.contains { ($0["text"] as? String)?.hasPrefix("申请人身份：") == true })
    }
}
