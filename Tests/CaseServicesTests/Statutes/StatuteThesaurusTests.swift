import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import Testing

struct StatuteThesaurusTests {
    @Test func parsesEntriesSkippingCommentsAndReportingBadLinesWithNumbers() {
        let text = """
            # comment
            登在公报上 = 公开出版物, 已经主动公开   # trailing comment

            收費 = 信息处理费，费用、收费
            no equals sign here
            = 空的
            长长长长长长长长长长长长长 = 太长
            """
        let (thesaurus, problems) = StatuteThesaurus.parse(text, path: "statutes/thesaurus.txt")
        #expect(thesaurus.entries["登在公报上"] == ["公开出版物", "已经主动公开"])
        #expect(thesaurus.entries["收费"] == ["信息处理费", "费用"])
        #expect(problems.map(\.line) == [5, 6, 7])
        #expect(problems.first?.description.hasPrefix("statutes/thesaurus.txt:5: ") == true)
        #expect(thesaurus.pairs.count == 4)
    }

    @Test func synonymExpansionLiftsTheArticleInTheStatutesWording() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("甲条例", date: "2019-01-01", articles: [
            ("第一条", "申请公开的信息已经在公开出版物上刊登的，可以告知申请人获取的方式。"),
            ("第二条", "本机关的公报由办公厅编辑，按月印制发行。"),
            ("第三条", "其他事项另行规定。"),
        ]), as: "甲条例(2019-01-01).md")
        try fixture.folder.write("登在公报上 = 公开出版物\n", to: "Cases/statutes/thesaurus.txt")
        let reader = try fixture.index()
        #expect(try reader.synonyms(of: "登在公报上") == ["公开出版物"])
        let question = "他要的文件早就登在公报上了"
        var plain = StatuteWeights()
        plain.synonymWeight = 0
        plain.maxDocumentShare = 1
        var expanded = plain
        expanded.synonymWeight = StatuteWeights().synonymWeight
        let without = try StatuteFinder(reader: reader, weights: plain).find(question)
        let with = try StatuteFinder(reader: reader, weights: expanded).find(question)
        #expect(without.first?.field("article") == "第二条")
        #expect(with.first?.field("article") == "第一条")
        #expect(with.first?.why.synonyms.first?.synonym == "公开出版物")
    }

    /// Regression (2026-12-07): terms were looked for only in runs of Chinese characters, so 打110 (in
    /// the shipped thesaurus since stop 22) never matched; now letters and digits join the runs, and a
    /// term with any other character (which could never match) is reported.
    @Test func termsWithDigitsMatchAndTermsWithOtherCharactersAreReported() throws {
        let (parsed, problems) = StatuteThesaurus.parse("打110 = 报警\n未满18岁 = 未成年人\n打110! = 报警\n", path: "t.txt")
        #expect(parsed.entries["打110"] == ["报警"])
        #expect(parsed.entries["未满18岁"] == ["未成年人"])
        #expect(problems.map(\.line) == [3])
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("甲条例", date: "2019-01-01", articles: [
            ("第一条", "未成年人的个人信息应当予以保护。"),
            ("第二条", "其他事项另行规定。"),
        ]), as: "甲条例(2019-01-01).md")
        try fixture.folder.write("未满18岁 = 未成年人\n", to: "Cases/statutes/thesaurus.txt")
        let reader = try fixture.index()
        let results = try StatuteFinder(reader: reader).find("他还未满18岁，这些信息能不能给？")
        #expect(results.first?.field("article") == "第一条")
        #expect(results.first?.why.synonyms.map(\.term) == ["未满18岁"])
    }

    /// Regression (2026-12-08): a synonym's phrase weighed the sum of its bigrams, so one everyday word
    /// whose statute wording is long (告 → 依法申请行政复议或者提起行政诉讼) outweighed three of the
    /// question's own words in another article; the phrase is now discounted for its length.
    @Test func aLongSynonymCountsAsOneWordNotAsEachOfItsBigrams() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("甲条例", date: "2019-01-01", articles: [
            ("第一条", "对决定不服的，可以依法申请行政复议或者提起行政诉讼。"),
            ("第二条", "不予批准外国人居留延期的决定为最终决定。"),
            ("第三条", "其他事项另行规定。"),
            ("第四条", "本条例自公布之日起施行。"),
        ]), as: "甲条例(2019-01-01).md")
        try fixture.folder.write("告他们 = 依法申请行政复议或者提起行政诉讼\n", to: "Cases/statutes/thesaurus.txt")
        let reader = try fixture.index()
        let question = "外国人居留延期被拒，能告他们吗"
        // Coverage (which counts only the question's own bigrams) is off to weigh the discount alone.
        var whole = StatuteWeights()
        whole.coverageExponent = 0
        whole.synonymLengthDiscount = 0
        var alone = StatuteWeights()
        alone.coverageExponent = 0
        let undiscounted = try StatuteFinder(reader: reader, weights: whole).find(question)
        #expect(undiscounted.first?.field("article") == "第一条")
        #expect(try StatuteFinder(reader: reader, weights: alone).find(question).first?.field("article") == "第二条")
        let discounted = try StatuteFinder(reader: reader).find(question)
        #expect(discounted.first?.field("article") == "第二条")
        #expect(discounted.map { $0.field("article") }.prefix(2).contains("第一条"))
    }
}
