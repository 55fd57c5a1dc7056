import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import Testing

struct StatuteSourcesTests {
    static let articles2008 = [("第一条", "为了保障公民依法获取政府信息，制定本条例。"), ("第二条", "本条例所称政府信息，是指行政机关制作或者获取的信息。")]
    static let articles2019 = [("第一条", "为了保障公民、法人和其他组织依法获取政府信息，制定本条例。"), ("第十五条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开。"), ("第十五条之一", "插入的条文。")]

    @Test func keepsTwoVersionsOfOneLawApartWithArticleDocuments() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2008-05-01", articles: Self.articles2008), as: "a(2008).md")
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2019-05-15", articles: Self.articles2019), as: "b(2019).md")
        let loaded = try StatuteSources.load(from: fixture.cases)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.sources.map(\.relativePath) == ["statutes/a(2008).md", "statutes/b(2019).md"])
        let old = loaded.sources[0].documents, new = loaded.sources[1].documents
        #expect(old.count == 2 && new.count == 3)
        #expect(Set(old.map(\.id)).isDisjoint(with: new.map(\.id)))
        for document in old + new {
            #expect(document.id.count <= 64)
            #expect(document.id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
            #expect(document.kind == "statute")
        }
        #expect(new[1].id.hasPrefix("S-") && new[1].id.hasSuffix("-15"))
        #expect(new[2].id.hasSuffix("-15-1"))
        let payload = try JSONParser.parse(new[1].payload)
        #expect(payload["statute"]?["law"]?.stringValue == "中华人民共和国政府信息公开条例")
        #expect(payload["statute"]?["version"]?.stringValue == "2019-05-15")
        #expect(payload["statute"]?["article"]?.stringValue == "第十五条")
        #expect(payload["statute"]?["number"]?.intValue == 15)
        #expect(payload["statute"]?["chapter"]?.stringValue == "第一章 总则")
        #expect(payload["statute"]?["path"]?.stringValue == "statutes/b(2019).md")
        #expect(new[1].filters.contains { $0.filter == "law" && $0.value == "中华人民共和国政府信息公开条例" })
        #expect(new[1].filters.contains { $0.filter == "year" && $0.value == "2019" })
        #expect(new[1].values[IndexSchema.Slot.date] == "2019-05-15")
        #expect(loaded.sources[1].contentHash == SHA256.hex(try Data(contentsOf: fixture.cases.appendingPathComponent("statutes/b(2019).md"))))
    }

    @Test func reportsABrokenFileWithFileAndLineAndIndexesTheRest() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2019-05-15", articles: Self.articles2019), as: "good(2019).md")
        try fixture.write("# 没有条文的文件\n\n只有一段话。\n", as: "broken.md")
        try fixture.folder.write("", to: "Cases/statutes/x.txt")
        let loaded = try StatuteSources.load(from: fixture.cases)
        #expect(loaded.sources.map(\.relativePath) == ["statutes/good(2019).md"])
        #expect(loaded.problems.map(\.description) == ["statutes/broken.md:1: 未找到条文（第X条）；该文件未索引"])
        let run = try fixture.service.updateIndex()
        #expect(run.report.documentCount == 3)
        #expect(run.problems.count == 1)
    }

    @Test func importerNamesFilesByTitleAndEffectiveDateAndReportsRemarks() throws {
        let fixture = StatuteLibraryFixture()
        let input = try fixture.folder.write(StatuteLibraryFixture.law("中华人民共和国测试法", date: "2020-01-01", articles: [("第二条", "甲。"), ("第一条", "乙。")]), to: "in/测试法.md")
        try fixture.folder.write("# 空\n", to: "in/sub/empty.md")
        let importer = StatuteImporter(root: fixture.cases)
        let report = importer.importFiles(try StatuteImporter.markdownFiles([fixture.folder.path("in").path]))
        #expect(report.written == ["statutes/中华人民共和国测试法(2020-01-01).md"])
        #expect(report.skipped.count == 1)
        #expect(report.problems.contains { $0.path == input.path && $0.line > 1 })
        let copied = try Data(contentsOf: fixture.cases.appendingPathComponent(report.written[0]))
        #expect(copied == (try Data(contentsOf: input)))
        #expect(StatuteImporter.sanitize("a/b:c") == "a_b_c")
    }
}
