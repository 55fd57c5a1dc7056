import CaseLibrary
import Foundation
import Testing

/// Checks the parser against the judged articles of the development set `../shared/eval/statutes-dev`.
@Suite(.enabled(if: Corpus.hasStatutesDevSet, "corpus or ../shared/eval/statutes-dev/queries.jsonl not found; skipped"))
struct StatutesDevSetTests {
    @Test func everyJudgedArticleIsFoundWithItsTitle() throws {
        let lines = try String(contentsOf: Corpus.statutesDevQueries, encoding: .utf8).split(separator: "\n")
        var library = StatuteLibrary()
        var checked = 0
        for line in lines {
            let query = try JSONParser.parse(String(line))
            guard case let .array(relevant)? = query["relevant"] else { continue }
            for judgement in relevant {
                let law = try #require(judgement["law"]?.stringValue)
                let file = try #require(judgement["file"]?.stringValue)
                let label = try #require(judgement["article"]?.stringValue)
                let document = try Corpus.document(file)
                #expect(document.title == law, "\(file)")
                #expect(document.article(labelled: label) != nil, "\(file) \(label)")
                if library.versions(of: law).isEmpty { library.add(document) }
                let number = try #require(ChineseNumeral.parse(label.dropFirst().dropLast()))
                #expect(library.resolve(law: law, article: number)?.label == label, "\(law) \(label)")
                checked += 1
            }
        }
        #expect(checked >= 12)
    }
}
