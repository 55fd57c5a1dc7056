import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Readers and writers over time: many commits, lost generations, snippets of long texts")
struct ReaderRobustnessTests {
    @Test func readerKeepsAnsweringThroughManyCommits() throws {
        let library = try TestLibrary((1...20).map { searchCase("M-\($0)", title: "申请查阅第\($0)号户籍档案案") })
        try library.index()
        let reader = try library.reader()
        #expect(try reader.search(SearchRequest(query: "户籍档案", limit: 50)).total == 20)
        for round in 1...8 {
            let long = String(repeating: "第\(round)轮修改的说明文字，内容较长以占用更多的数据块。", count: 40)
            for id in 1...20 { try library.add(searchCase("M-\(id)", title: "申请查阅第\(id)号户籍档案案", request: long)) }
            try library.index()
        }
        // The reader's revision is long gone: it must reopen and answer, not fail.
        let results = try reader.search(SearchRequest(query: "户籍档案", limit: 50))
        #expect(results.total == 20)
        try reader.refresh()
        #expect(try reader.search(SearchRequest(query: "第8轮修改")).total == 20)
    }

    @Test func lostGenerationFolderIsRecoveredByARebuild() throws {
        let library = try TestLibrary([searchCase("L-1", title: "申请查阅户籍档案案")])
        try library.index()
        try FileManager.default.removeItem(at: library.location.root.appendingPathComponent("db-1"))
        #expect(throws: IndexError.self) { try library.index() }
        let report = try library.index(rebuild: true)
        #expect(report.rebuilt && report.added == 1)
        #expect(try library.ids("户籍档案") == ["L-1"])
    }

    @Test func snippetOfALongTextIsCutAroundTheMatchWithEllipses() throws {
        let before = String(repeating: "申请人陈述了事情的经过。", count: 20)
        let after = String(repeating: "此外还要求说明处理依据。", count: 20)
        let library = try TestLibrary([searchCase("S-1", title: "申请公开材料案", request: before + "要求查阅户籍档案。" + after)])
        try library.index()
        let snippet = try #require(try library.search("户籍档案").hits.first).snippet.markedText
        #expect(snippet.hasPrefix("…") && snippet.hasSuffix("…"), "\(snippet)")
        #expect(snippet.contains("<mark>户籍档案</mark>"), "\(snippet)")
        let plain = snippet.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "")
        #expect(plain.count <= Snippets.length + 2)
    }

    @Test func snippetFallsBackToTheTitleWhenOnlyTheTitleMatched() throws {
        let library = try TestLibrary([searchCase("S-1", title: "申请查阅户籍档案案", request: "要求提供有关材料。")])
        try library.index()
        let snippet = try #require(try library.search("户籍档案").hits.first).snippet.markedText
        #expect(snippet.contains("<mark>户籍档案</mark>"), "\(snippet)")
    }
}
