import CaseLibrary
import Testing

@Suite struct StatuteLibraryTests {
    static func version(_ date: String, _ text: String, title: String = "中华人民共和国示例法") -> LawDocument {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let history = "\(parts[0])年\(parts[1])月\(parts[2])日 施行"
        let file = "# \(title)\n\n\(history)\n<!-- INFO END -->\n第一条 \(text)"
        return StatuteParser.parse(file, path: "示例法(\(date)).md").document
    }

    @Test func picksTheVersionInForceOnADate() {
        let library = StatuteLibrary(documents: [Self.version("2017-09-01", "旧文"), Self.version("2023-09-01", "新文")])
        #expect(library.resolve(law: "示例法", article: 1, on: "2020-01-01")?.text == "旧文")
        #expect(library.resolve(law: "示例法", article: 1, on: "2023-09-01")?.text == "新文")
        #expect(library.resolve(law: "示例法", article: 1, on: "2010-01-01")?.text == "旧文", "before all versions: the earliest")
        #expect(library.resolve(law: "示例法", article: 1)?.text == "新文", "no date: the latest")
        #expect(library.resolve(law: "《中华人民共和国示例法》", article: 1, on: "2024-01-01")?.text == "新文")
        #expect(library.resolve(law: "示例法", article: 2) == nil)
        #expect(library.resolve(law: "未知法", article: 1) == nil)
    }

    @Test func resolvesAliasesEditedByTheCaller() {
        var library = StatuteLibrary(documents: [Self.version("2019-05-15", "文", title: "中华人民共和国政府信息公开条例")])
        #expect(library.resolve(law: "条例", article: 1)?.text == "文")
        library.aliases.removeAlias("条例")
        #expect(library.resolve(law: "条例", article: 1) == nil)
    }
}

@Suite(.enabled(if: Corpus.isAvailable, Corpus.absentMessage))
struct StatuteLibraryCorpusTests {
    static let files = [
        "诉讼与非诉讼程序法/行政复议法(2017-09-01).md", "诉讼与非诉讼程序法/行政复议法(2023-09-01).md",
        StatuteCorpusTests.ogiRegulations, StatuteCorpusTests.spcProvisions,
    ]

    @Test func resolvesTheAdministrativeReconsiderationLawByDate() throws {
        let library = StatuteLibrary(documents: try Self.files.map(Corpus.document))
        #expect(library.versions(of: "行政复议法").map(\.effectiveDate) == ["2017-09-01", "2023-09-01"])
        let old = try #require(library.resolve(law: "中华人民共和国行政复议法", article: 1, on: "2020-06-01"))
        let new = try #require(library.resolve(law: "行政复议法", article: 1, on: "2024-01-01"))
        #expect(old.text != new.text)
        #expect(old.text.contains("具体行政行为"))
        #expect(new.text.contains("发挥行政复议化解行政争议的主渠道作用"))
        #expect(library.resolve(law: "复议法", article: 1, on: "2018-01-01") == old)
    }

    @Test func resolvesOfficeAbbreviationsToCorpusArticles() throws {
        let library = StatuteLibrary(documents: try Self.files.map(Corpus.document))
        let fifteen = try #require(library.resolve(law: "《条例》", article: 15, on: "2020-01-01"))
        #expect(fifteen.text.hasPrefix("涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息"))
        let spc = try #require(library.resolve(law: "《规定》", article: 12))
        #expect(spc.label == "第十二条")
    }
}
