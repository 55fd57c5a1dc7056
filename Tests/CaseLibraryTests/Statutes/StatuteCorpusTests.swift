import CaseLibrary
import Foundation
import Testing

@Suite(.enabled(if: Corpus.isAvailable, Corpus.absentMessage))
struct StatuteCorpusTests {
    static let ogiRegulations = "行政法规/政府信息公开条例(2019-04-03).md"
    static let spcProvisions = "司法解释/最高人民法院关于审理政府信息公开行政案件若干问题的规定(2011-07-29).md"

    @Test func parsesEveryCorpusFileAndMostYieldArticles() throws {
        let files = Corpus.allFiles()
        #expect(files.count >= 3000, "expected the whole corpus, found \(files.count) files")
        let clock = ContinuousClock()
        var withArticles = 0
        var articles = 0
        var issues = 0
        let elapsed = try clock.measure {
            for file in files {
                let outcome = try StatuteParser.parseFile(atPath: file)
                if !outcome.document.articles.isEmpty { withArticles += 1 }
                articles += outcome.document.articles.count
                issues += outcome.issues.count
            }
        }
        let share = Double(withArticles) / Double(max(files.count, 1))
        print("statute corpus: \(files.count) files, \(withArticles) with articles, \(articles) articles, \(issues) issues, \(elapsed)")
        #expect(share >= 0.95, "only \(withArticles) of \(files.count) files yielded articles")
    }

    @Test func localRegulationsOfTheCorpusAreRecognisedAndNationalLawsAreNot() throws {
        var local = 0, localFound = 0, national = 0, nationalMarked: [String] = []
        for file in Corpus.allFiles() {
            let title = try StatuteParser.parseFile(atPath: file).document.title
            let isLocal = file.hasPrefix(Corpus.lawrefbook.appendingPathComponent("DLC").path + "/")
            if isLocal {
                local += 1
                if LawTitle.locality(title) != nil { localFound += 1 }
            } else if !file.contains("/其他/") {
                national += 1
                if LawTitle.locality(title) != nil { nationalMarked.append(title) }
            }
        }
        #expect(local > 1000 && national > 1000)
        #expect(Double(localFound) / Double(local) >= 0.95, "\(localFound) of \(local) local regulations recognised")
        // The State Council's regulation for one district of Beijing is the only national text about one place.
        #expect(nationalMarked.count <= 1, "\(nationalMarked)")
    }

    @Test func readsTheOGIRegulations2019() throws {
        let document = try Corpus.document(Self.ogiRegulations)
        #expect(document.title == "中华人民共和国政府信息公开条例")
        #expect(document.effectiveDate == "2019-05-15")
        #expect(document.articles.count == 56)
        #expect(document.articles.map(\.number) == Array(1...56))
        let fifteen = try #require(document.article(15))
        #expect(fifteen.label == "第十五条")
        #expect(fifteen.text.hasPrefix("涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息"))
        #expect(fifteen.chapter == "第二章 公开的主体和范围")
        #expect(fifteen.section == nil)
        // The line number points at the label in the file.
        let lines = try String(contentsOfFile: Corpus.path(Self.ogiRegulations), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[fifteen.line - 1].hasPrefix("第十五条 涉及商业秘密"))
        let four = try #require(document.article(4))
        #expect(four.paragraphs.count == 2)
        #expect(four.items[1].count == 5)
        #expect(four.item(3, paragraph: 2)?.hasPrefix("(三)组织编制本行政机关的政府信息公开指南") == true)
        let three = try #require(document.article(3))
        #expect(three.paragraphs.count == 4)
        #expect(three.paragraph(2)?.hasPrefix("国务院办公厅是全国政府信息公开工作的主管部门") == true)
    }

    @Test func readsTheSPCProvisionsWithoutChapters() throws {
        let document = try Corpus.document(Self.spcProvisions)
        #expect(document.effectiveDate == "2011-08-13")
        #expect(document.preamble?.hasPrefix("为正确审理政府信息公开行政案件") == true)
        let first = try #require(document.article(1))
        #expect(first.chapter == nil)
        #expect(first.items[0].count == 5)
        #expect(first.paragraphs.count == 2)
        #expect(first.paragraph(2)?.hasPrefix("公民、法人或者其他组织认为政府信息公开行政行为侵犯其合法权益造成损害的") == true)
    }

    @Test func readsPartsChaptersAndSectionsOfTheAdministrativeReconsiderationLaw() throws {
        let document = try Corpus.document("诉讼与非诉讼程序法/行政复议法(2023-09-01).md")
        #expect(document.effectiveDate == "2023-09-01")
        #expect(document.events.last?.kind == "修订")
        let first = try #require(document.article(1))
        #expect(first.chapter == "第一章 总 则")
        #expect(first.text.hasPrefix("为了防止和纠正违法的或者不当的行政行为"))
        #expect(document.articles.count == 90)
        #expect(document.articles.contains { $0.section != nil })
    }

    @Test func readsInsertedArticlesOfTheCriminalLaw() throws {
        let document = try Corpus.document("刑法/刑法.md")
        let inserted = try #require(document.article(labelled: "第一百二十条之一"))
        #expect(inserted.number == 120 && inserted.subNumber == 1)
        #expect(document.article(120)?.subNumber == nil)
    }
}
