import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import Testing
import TestSupport

@Suite("Statutes: kinds of question lift the provisions that govern them")
struct StatuteQuestionKindTests {
    @Test func kindLinesAreReadAndBadOnesReportedWithTheirLine() {
        let text = """
            core = 政府信息公开条例
            kind 收费 = 收费, 费用, 要…钱, 交...费 => 政府信息公开条例 第四十二条
            kind 无条文 = 收费 =>
            kind 坏条文 = 收费 => 政府信息公开条例 第几条
            kind 判决 = 怎么判 => 最高人民法院关于审理政府信息公开行政案件若干问题的规定 第9条
            """
        let (domain, problems) = StatuteDomain.parse(text, path: "statutes/domain.txt")
        #expect(domain.questionKinds.map(\.name) == ["收费", "判决"])
        #expect(domain.questionKinds.first?.provisions == [.init(law: "政府信息公开条例", article: 42)])
        #expect(domain.questionKinds.last?.provisions.first?.article == 9)
        #expect(problems.map(\.description) == [
            "statutes/domain.txt:3: 问题类型“无条文”缺少说法或条文",
            "statutes/domain.txt:4: 问题类型“坏条文”的条文“政府信息公开条例 第几条”应写作“法规名 第X条”",
        ])
        #expect(domain.kinds(of: "光盘能不能寄给他？").isEmpty)
        #expect(domain.kinds(of: "要他出钱行不行").map(\.name) == ["收费"], "a gapped wording")
        #expect(domain.kinds(of: "交不交工本费").map(\.name) == ["收费"], "three dots are a gap too")
        #expect(domain.kinds(of: "複印費用誰出").map(\.name) == ["收费"], "traditional forms are normalised")
    }

    @Test func aGoverningProvisionIsLiftedOverABetterWordMatchAndSaysWhy() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2019-05-15", articles: [
            ("第四十条", "行政机关依申请公开政府信息，应当根据申请人的要求确定提供政府信息的具体形式，可以通过光盘、复制件等形式提供。"),
            ("第四十二条", "行政机关依申请提供政府信息，不收取费用。"),
        ]), as: "条例(2019-05-15).md")
        let reader = try fixture.index()
        let question = "申请人要我们把材料刻成光盘寄给他，光盘的费用能让他出吗？"
        var off = StatuteWeights()
        off.questionKindShare = 0
        let domain = StatuteDomain.parse("kind 收费 = 收费, 费用 => 政府信息公开条例 第四十二条", path: "domain.txt").domain
        let plain = try StatuteFinder(reader: reader, weights: off, domain: domain).find(question)
        #expect(plain.first?.field("article") == "第四十条", "the form article shares more words (光盘)")
        let lifted = try StatuteFinder(reader: reader, domain: domain).find(question)
        #expect(lifted.first?.field("article") == "第四十二条")
        #expect(lifted.first?.why.questionKinds == ["收费"])
        #expect(lifted.first.map { $0.score > $0.relevance } == true, "the lift is added to the BM25 weight")
        #expect(lifted.last?.why.questionKinds == [])
    }

    @Test func aGoverningProvisionThatSharesNoWordIsStillFound() throws {
        let fixture = StatuteLibraryFixture()
        try fixture.write(StatuteLibraryFixture.law("中华人民共和国政府信息公开条例", date: "2019-05-15", articles: [
            ("第三十条", "政府信息公开申请内容不明确的，行政机关应当一次性告知申请人作出补正。"),
            ("第四十二条", "依法提供的，不收取费用。"),
        ]), as: "条例(2019-05-15).md")
        let reader = try fixture.index()
        let kinds = StatuteDomain.parse("kind 收费 = 掏钱 => 政府信息公开条例 第四十二条", path: "domain.txt").domain.questionKinds
        let question = "要掏钱吗？内容不明确"
        var off = StatuteWeights()
        off.questionKindShare = 0
        #expect(try StatuteFinder(reader: reader, weights: off).find(question).map { $0.field("article") } == ["第三十条"])
        var half = StatuteWeights()
        half.questionKindShare = 0.5  // at the default (1) the two would tie
        let results = try StatuteFinder(reader: reader, weights: half, domain: StatuteDomain(core: [], questionKinds: kinds)).find(question)
        #expect(results.map { $0.field("article") } == ["第三十条", "第四十二条"], "the matching article first, the governing one found too")
        #expect(abs(results[1].score - results[0].score * 0.5) < 1e-9, "lifted by half the best weight")
        #expect(results.last?.why.questionKinds == ["收费"])
    }

    @Test func everyShippedKindNamesAnArticleOfTheShippedStatutesOrOfTheCorpus() throws {
        let root = ProjectPaths.root.appendingPathComponent("Cases")
        let (domain, problems) = StatuteDomain.load(from: root)
        #expect(problems.isEmpty, "\(problems)")
        #expect(domain.questionKinds.count >= 30)
        func articles(of files: [URL]) throws -> (laws: Set<String>, terms: Set<String>) {
            let documents = try files.map { StatuteParser.parse(try String(contentsOf: $0, encoding: .utf8), path: $0.path).document }
            return (Set(documents.map { LawAliases.builtIn.canonical($0.title) }),
                    Set(documents.flatMap { document in document.articles.map { ExactTerms.statuteTerm(lawTitle: document.title, article: $0.number) } }))
        }
        let folder = root.appendingPathComponent("statutes")
        let shipped = try articles(of: try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
            .map { folder.appendingPathComponent($0) })
        let provisions = domain.questionKinds.flatMap { kind in kind.provisions.map { (kind.name, $0) } }
        var elsewhere: [(String, StatuteQuestionKind.Provision)] = []
        for (name, provision) in provisions {
            if shipped.laws.contains(LawAliases.builtIn.canonical(provision.law)) {
                let present = shipped.terms.contains(provision.term)  // a Bool, so a failure does not print the whole set
                #expect(present, "\(name): \(provision.law) 第\(provision.article)条 is not in Cases/statutes")
            } else {
                elsewhere.append((name, provision))
            }
        }
        // Kinds of neighbouring laws the sample library does not ship: checked against the corpus when present.
        guard let corpus = ProjectPaths.shared("corpora/lawrefbook"), !elsewhere.isEmpty else { return }
        let wanted = Set(elsewhere.map { LawAliases.builtIn.canonical($0.1.law) })
        var files: [URL] = []
        for case let url as URL in FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) ?? .init()
        where url.pathExtension == "md" {
            guard let head = try? String(contentsOf: url, encoding: .utf8).prefix(200),
                  let title = head.split(separator: "\n").first.map({ String($0.dropFirst(2)) }) else { continue }
            if wanted.contains(LawAliases.builtIn.canonical(title)) { files.append(url) }
        }
        let found = try articles(of: files)
        for (name, provision) in elsewhere {
            let present = found.terms.contains(provision.term)
            #expect(present, "\(name): \(provision.law) 第\(provision.article)条 is not in the corpus")
        }
    }
}
