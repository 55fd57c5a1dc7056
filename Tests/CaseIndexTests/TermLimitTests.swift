import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Terms over Xapian's 245-byte limit never break indexing")
struct TermLimitTests {
    /// A statute-like document (the index's other source of documents, with ids from elsewhere).
    private static func document(id: String, text: String, tag: String? = nil) -> IndexDocument {
        let payload = JSONWriter.compact(.object([("statute", .object([("id", .string(id)), ("text", .string(text))]))]))
        var document = IndexDocument(id: id, kind: "statute", payload: payload)
        document.text = [("body", text)]
        document.filters = [("kind", "statute")]
        if let tag { document.filters.append(("tag", tag)) }
        document.values = [IndexSchema.Slot.kind: "statute"]
        return document
    }

    private static func index(_ documents: [IndexDocument]) throws -> (TemporaryDirectory, IndexReader) {
        let directory = TemporaryDirectory("caseindex-terms")
        let location = IndexLocation(root: directory.path("Index"))
        let sources = documents.enumerated().map { IndexSource(relativePath: "statutes/\($0.offset).md", contentHash: "\($0.offset)", documents: [$0.element]) }
        _ = try LibraryIndexer(location: location).update(sources: sources)
        return (directory, try IndexReader(location: location))
    }

    @Test func idOf300BytesIsIndexedAndFound() throws {
        let longID = String(repeating: "a", count: 290) + "-0000000001"
        let (directory, reader) = try Self.index([Self.document(id: longID, text: "户籍档案管理办法")])
        defer { withExtendedLifetime(directory) {} }
        #expect(longID.utf8.count > 245)
        #expect(try reader.item(id: longID)?.id == longID)
        #expect(try reader.search(SearchRequest(query: "户籍档案")).hits.map(\.item.id) == [longID])
    }

    @Test func longIdsDifferingOnlyAtTheEndStayDistinct() throws {
        let stem = String(repeating: "档", count: 100)  // 300 bytes of UTF-8
        let (directory, reader) = try Self.index([
            Self.document(id: stem + "1", text: "第一条 户籍"), Self.document(id: stem + "2", text: "第二条 户籍"),
        ])
        defer { withExtendedLifetime(directory) {} }
        #expect(try reader.documentCount == 2)
        #expect(try reader.item(id: stem + "1")?.id == stem + "1")
        #expect(try reader.item(id: stem + "2")?.id == stem + "2")
    }

    @Test func filterValueOf300BytesIsIndexedAndFilterable() throws {
        let longTag = String(repeating: "标签", count: 50)  // 300 bytes
        let (directory, reader) = try Self.index([
            Self.document(id: "S-1", text: "户籍档案", tag: longTag), Self.document(id: "S-2", text: "户籍档案", tag: "短"),
        ])
        defer { withExtendedLifetime(directory) {} }
        #expect(try reader.search(SearchRequest(query: "户籍 tag:\(longTag)")).hits.map(\.item.id) == ["S-1"])
        #expect(try reader.search(SearchRequest(query: "户籍", filters: ["tag": [longTag]])).hits.map(\.item.id) == ["S-1"])
    }

    @Test func latinWordOf1000CharactersIsIndexedAndFoundByItself() throws {
        let word = String(repeating: "abcdefghij", count: 100)
        let (directory, reader) = try Self.index([
            Self.document(id: "S-1", text: "前言 \(word) 后记"), Self.document(id: "S-2", text: "前言 后记"),
        ])
        defer { withExtendedLifetime(directory) {} }
        #expect(try reader.search(SearchRequest(query: word)).hits.map(\.item.id) == ["S-1"])
        #expect(try reader.search(SearchRequest(query: "\"\(word)\"")).hits.map(\.item.id) == ["S-1"])
    }

    @Test func longExtraTermIsBounded() throws {
        var document = Self.document(id: "S-1", text: "户籍")
        document.extraTerms = [String(repeating: "Z", count: 400)]
        let (directory, reader) = try Self.index([document])
        defer { withExtendedLifetime(directory) {} }
        #expect(try reader.documentCount == 1)
    }

    @Test func hugeQueryTermsDoNotBreakSearch() throws {
        let (directory, reader) = try Self.index([Self.document(id: "S-1", text: "户籍")])
        defer { withExtendedLifetime(directory) {} }
        let longFilter = "category:" + String(repeating: "历", count: 400)
        #expect(try reader.search(SearchRequest(query: "户籍 \(longFilter)")).hits.isEmpty)
        #expect(try reader.search(SearchRequest(query: String(repeating: "户籍档案", count: 500))).hits.map(\.item.id) == ["S-1"])
    }
}

@Suite("Text that tokenises awkwardly never breaks indexing or search")
struct AwkwardTextIndexingTests {
    /// One grapheme of 81 bytes: a letter carrying forty combining accents ("zalgo" text).
    static let heavyGrapheme = "a" + String(repeating: "\u{301}", count: 40)

    @Test func recordWithAGraphemeLongerThanTheWordLimitIsIndexedWithTheRest() throws {
        let library = try TestLibrary([
            searchCase("Z-1", title: "申请查阅户籍档案案", request: "要求提供材料 \(Self.heavyGrapheme) 及说明。"),
            searchCase("Z-2", title: "申请查阅户籍档案案"),
        ])
        let report = try library.index()
        #expect(report.added == 2)
        #expect(Set(try library.ids("户籍档案")) == ["Z-1", "Z-2"])
    }

    @Test func queryWithAGraphemeLongerThanTheWordLimitDoesNotMatchEverything() throws {
        let library = try TestLibrary([searchCase("Z-1", title: "申请查阅户籍档案案"), searchCase("Z-2", title: "申请公开交通事故认定书案")])
        try library.index()
        #expect(try library.search(Self.heavyGrapheme).total == 0)
    }

    @Test func tokenizerNeverProducesAnEmptyTerm() {
        let texts = [Self.heavyGrapheme, "前" + Self.heavyGrapheme + "后", String(repeating: "👨‍👩‍👧‍👦", count: 30), "x" + String(repeating: "\u{20DD}", count: 100)]
        for text in texts {
            #expect(Tokenizer.tokens(text).allSatisfy { !$0.term.isEmpty }, "\(text.unicodeScalars.count) scalars")
            #expect(Tokenizer.tokens(text).allSatisfy { $0.term.utf8.count <= Tokenizer.maxWordBytes })
        }
    }
}
