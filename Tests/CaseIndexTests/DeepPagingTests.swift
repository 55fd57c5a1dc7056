import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Paging past the re-ranking window and extreme offsets")
struct DeepPagingTests {
    /// 1500 cases that do not match, 215 that repeat 户籍 in a short text (strong BM25, low coverage) and
    /// 15 that say 户籍档案 once in a long request (BM25 ranks them 216th–230th, full coverage): coverage
    /// lifts them to the top, which a re-ranking window that grows with the offset turns into pages
    /// that repeat some hits and never show others. Indexed straight from sources to stay quick.
    private static func index() throws -> (TemporaryDirectory, IndexReader) {
        let padding = String(repeating: "申请人称其曾于多年前在本市居住，现因办理相关手续需要，请求提供有关材料。", count: 20)
        var objects: [[String: Any]] = []
        for i in 0..<1500 { objects.append(searchCase(String(format: "FILL-%04d", i), title: "申请公开交通事故认定书案")) }
        for i in 0..<215 {
            objects.append(searchCase(String(format: "PART-%03d", i), title: "申请公开户籍户籍材料案", request: "要求提供户籍材料第\(i)件。"))
        }
        for i in 0..<15 {
            objects.append(searchCase(String(format: "FULL-%03d", i), title: "申请公开有关材料案", request: padding + "其中包括户籍档案第\(i)件。"))
        }
        let directory = TemporaryDirectory("caseindex-paging")
        let location = IndexLocation(root: directory.path("Index"))
        let sources = try objects.map { object -> IndexSource in
            let record = try #require(Fixtures.record(object))
            return IndexSource(relativePath: "cases/\(record.id).md", contentHash: record.id,
                               documents: [RecordDocuments.document(for: record, path: nil)])
        }
        _ = try LibraryIndexer(location: location).update(sources: sources)
        return (directory, try IndexReader(location: location))
    }

    @Test func pagingThroughEveryHitReturnsEachExactlyOnce() throws {
        let (directory, reader) = try Self.index()
        defer { withExtendedLifetime(directory) {} }
        let bm25Order = try reader.search(SearchRequest(query: "户籍档案", limit: 230)).hits.sorted { $0.bm25 > $1.bm25 }
        #expect(bm25Order.prefix(200).allSatisfy { $0.item.id.hasPrefix("PART") }, "precondition: BM25 puts FULL-* past 200")
        var seen: [String] = []
        var scores: [Double] = []
        var offset = 0
        var total = 0
        repeat {
            let page = try reader.search(SearchRequest(query: "户籍档案", offset: offset, limit: 10))
            total = page.total
            seen += page.hits.map(\.item.id)
            scores += page.hits.map(\.score)
            offset += 10
        } while offset < total
        #expect(total == 230)
        #expect(seen.count == 230)
        let duplicates = Dictionary(grouping: seen, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(duplicates.isEmpty, "shown twice: \(duplicates)")
        #expect(Set(seen).count == 230, "never shown: \(230 - Set(seen).count) hits")
        // Regression: past the re-ranking window the shown score could rise again.
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 }, "scores fall monotonically down the list")
    }

    @Test(arguments: [Int.max, Int.max - 5, 5_000_000_000, 1 << 40])
    func hugeOffsetGivesAnEmptyPageNotACrash(_ offset: Int) throws {
        let library = try TestLibrary([searchCase("A-1", title: "申请查阅户籍档案案")])
        try library.index()
        let results = try library.reader().search(SearchRequest(query: "户籍档案", offset: offset, limit: 10))
        #expect(results.hits.isEmpty)
        #expect(results.total == 1)
        let browse = try library.reader().search(SearchRequest(query: "", offset: offset, limit: Int.max))
        #expect(browse.hits.isEmpty)
    }
}
