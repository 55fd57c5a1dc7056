import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

/// The thesaurus in plain search through indexed word terms: the same documents as asking for
/// each synonym as a phrase, a fall-back to phrases whenever the index was not built with the
/// thesaurus now in `Cases/`, and the index brought back in step by the next update.
@Suite("Thesaurus word terms in the index")
struct ThesaurusTermsTests {
    final class Library {
        let directory = TemporaryDirectory("thesaurus-terms")
        let service: CaseLibraryService
        let workspace: LibraryWorkspace

        init(thesaurus: String) throws {
            service = CaseLibraryService(casesRoot: directory.path("Cases"), indexRoot: directory.path("Index"))
            let records: [(String, String)] = [
                ("2023-XH-0001", "申请公开路口电子警察的设置依据案"),
                ("2023-XH-0002", "申请公开本人户口底册案"),
                ("2023-XH-0003", "申请公开小区门口的电子眼录像案"),
                ("2023-XH-0004", "申请公开出警记录案"),
                ("2023-XH-0005", "申请公开电子警报器与警察岗亭设置依据案"),
            ]
            for (id, title) in records {
                try service.folder.write(try #require(Fixtures.record(Fixtures.caseJSON(id: id, ["title": title]))))
            }
            try Self.write(thesaurus: thesaurus, in: directory)
            _ = try service.updateIndex()
            workspace = try LibraryWorkspace(library: service, refreshInterval: 0)
        }

        func write(thesaurus: String) throws { try Self.write(thesaurus: thesaurus, in: directory) }

        static func write(thesaurus: String, in directory: TemporaryDirectory) throws {
            try Data(thesaurus.utf8).write(to: directory.path("Cases").appendingPathComponent("thesaurus.txt"))
        }

        var session: LibrarySession { workspace.session(for: Viewer(name: "zhang", role: .member, unit: "徐汇分局")) }

        func ids(_ text: String) throws -> Set<String> { Set(try session.search(SearchQuery(text: text, limit: 50)).entries.map(\.summary.id)) }
    }

    @Test func wordsAreFoundAsNormalisedSubstringsAndCounted() {
        let thesaurus = Thesaurus.parse("电子眼 = 电子警察, 探头\n户口 = 户籍\n").thesaurus
        #expect(thesaurus.occurrences(in: "路口的電子警察和電子眼，另一个电子眼") == ["电子眼": 2, "电子警察": 1])
        #expect(thesaurus.occurrences(in: "电子眼、电子眼和探头") == ["电子眼": 2, "探头": 1])
        #expect(thesaurus.occurrences(in: "没有词表里的词").isEmpty)
        #expect(Thesaurus().occurrences(in: "电子眼").isEmpty)
        #expect(thesaurus.fingerprint != Thesaurus.parse("电子眼 = 电子警察\n户口 = 户籍\n").thesaurus.fingerprint)
        #expect(thesaurus.fingerprint == Thesaurus.parse("# 注释\n电子眼 = 电子警察, 探头\n\n户口 = 户籍").thesaurus.fingerprint)
    }

    @Test func aSynonymFindsTheSameCasesThroughTermsAsThroughPhrases() throws {
        let library = try Library(thesaurus: "电子眼 = 电子警察\n户口 = 户籍, 底册\n")
        let reader = try IndexReader(location: IndexLocation(root: library.service.indexRoot))
        let thesaurus = library.service.thesaurus().thesaurus
        let synonyms = thesaurus.expansions(of: "电子眼")
        #expect(try ThesaurusTerms.indexCarries(thesaurus, reader: reader), "an index built with the thesaurus carries its word terms")
        #expect(try reader.termFrequency(IndexSchema.thesaurusWordTerm("电子警察")) == 1)
        #expect(try library.ids("电子眼") == ["2023-XH-0001", "2023-XH-0003", "2023-XH-0005"], "0005 by its bigram 电子")
        #expect(try library.ids("户口") == ["2023-XH-0002"])
        // The same search asked as phrases (what an index without the terms gets) finds the same records.
        var request = SearchRequest(query: "电子眼")
        request.synonyms = synonyms
        let byPhrases = Set(try reader.search(request).hits.map(\.item.id))
        request.synonymsIndexed = true
        #expect(try reader.describe(QueryBuilder.query(for: request, parsed: QueryLanguage.parse("电子眼"))).contains("XTHES电子警察"))
        #expect(Set(try reader.search(request).hits.map(\.item.id)) == byPhrases)
    }

    @Test func anEditedThesaurusIsUsedAtOnceAndTheNextUpdateIndexesIt() throws {
        let library = try Library(thesaurus: "电子眼 = 电子警察\n")
        #expect(try library.ids("报警") == [], "报警 is no word of the first thesaurus")
        try library.write(thesaurus: "电子眼 = 电子警察\n报警 = 出警\n")
        let reader = try IndexReader(location: IndexLocation(root: library.service.indexRoot))
        let edited = library.service.thesaurus().thesaurus
        #expect(try !ThesaurusTerms.indexCarries(edited, reader: reader), "the index does not carry the edited thesaurus's terms")
        #expect(try library.ids("报警") == ["2023-XH-0004"], "until the index is updated, the synonyms are asked as phrases")
        let run = try library.service.updateIndex()
        #expect(run.report.updated == 5, "every record is indexed again with the new thesaurus")
        let updated = try IndexReader(location: IndexLocation(root: library.service.indexRoot))
        #expect(try ThesaurusTerms.indexCarries(edited, reader: updated))
        #expect(try updated.termFrequency(IndexSchema.thesaurusWordTerm("出警")) == 1)
        #expect(try library.ids("报警") == ["2023-XH-0004"])
        #expect(try library.ids("电子眼") == ["2023-XH-0001", "2023-XH-0003", "2023-XH-0005"])
    }

    @Test func aHitSaysItHasASynonymOnlyWhenItHasTheWordNotJustItsBigrams() throws {
        let library = try Library(thesaurus: "电子眼 = 电子警察\n")
        let entries = try library.session.search(SearchQuery(text: "电子眼", limit: 50)).entries
        let scattered = try #require(entries.first { $0.summary.id == "2023-XH-0005" }, "电子警报器与警察岗亭: 电子, 子警 and 警察, not 电子警察")
        #expect(scattered.thesaurus.isEmpty)
        let real = try #require(entries.first { $0.summary.id == "2023-XH-0001" })
        #expect(real.thesaurus == ["电子眼 → 电子警察"])
    }
}
