import CaseLibrary
import Foundation
import TestSupport
import Testing

/// The one-pass scan behind `expansions(of:)` and `occurrences(in:)` finds exactly what a plain
/// substring search for every thesaurus word finds, in the same order.
@Suite("Thesaurus words found in one pass")
struct ThesaurusScanTests {
    static let thesaurus = Thesaurus.load(ProjectPaths.root.appendingPathComponent("Cases/thesaurus.txt")).thesaurus

    /// The reference: every word searched for on its own, ordered by first position, then word.
    static func naiveExpansions(_ thesaurus: Thesaurus, _ text: String) -> [String] {
        let normalised = TextNormalizer.normalize(text)
        let words = Set(thesaurus.groups.joined())
        return words.compactMap { word in normalised.range(of: word).map { (word, $0.lowerBound) } }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }

    @Test func expansionsAreThoseOfASubstringSearchInTheSameOrder() throws {
        #expect(Self.thesaurus.groups.count > 50, "the shipped thesaurus is read")
        let texts = try String(contentsOf: ProjectPaths.root.appendingPathComponent("Tests/Fixtures/eval/precedents-fresh/queries.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init) + ["電子眼拍到了，又來要户口本", "", "😀110报警110"]
        for text in texts {
            #expect(Self.thesaurus.expansions(of: text).map(\.word) == Self.naiveExpansions(Self.thesaurus, text), "\(text)")
        }
    }

    @Test func synonymsAreTheOtherWordsOfEveryGroupOfTheWord() {
        let thesaurus = Thesaurus.parse("公报 = 公开出版物\n年鉴, 公报 = 统计数据\n").thesaurus
        let found = thesaurus.expansions(of: "登在公报上")
        #expect(found.map(\.word) == ["公报"])
        #expect(found.first?.synonyms == ["公开出版物", "年鉴", "统计数据"])
        #expect(thesaurus.occurrences(in: "公报、公報和年鉴") == ["公报": 2, "年鉴": 1])
    }
}
