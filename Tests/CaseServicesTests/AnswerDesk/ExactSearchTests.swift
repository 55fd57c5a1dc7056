import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

/// Search that finds numbers and citations, on the sample library: record ids in any case and
/// punctuation open their record, decision numbers find their outcome, article references find
/// the article and then the cases citing it; the office thesaurus in plain search; Chinese field
/// names; and every case in a result list carries its status.
@Suite("Search finds ids, decision numbers, article references; thesaurus; Chinese field names")
struct ExactSearchTests {
    private func search(_ text: String, limit: Int = 10) throws -> SearchPage {
        try SampleLibrary.session().search(SearchQuery(text: text, limit: limit))
    }

    @Test(arguments: ["2023-PD-0034", "2023pd0034", "2023 PD 0034".replacingOccurrences(of: " ", with: "-").lowercased(), "２０２３－ＰＤ－００３４"])
    func aCaseIdOpensItsRecordFirst(query: String) throws {
        let page = try search(query)
        #expect(page.entries.first?.summary.id == "2023-PD-0034", "\(query)")
        #expect(page.entries.first?.exact.first?.hasPrefix("编号") == true)
        #expect(page.references.count == 1)
    }

    @Test(arguments: ["O-2016-001", "o-2016-001", "O2016001"])
    func anOutcomeIdInAnyCaseOpensItFirst(query: String) throws {
        #expect(try search(query).entries.first?.summary.id == "O-2016-001")
    }

    @Test(arguments: ["黄府复字〔2016〕第41号", "黄府复字（2016）第41号", "黄府复字[2016]第41号"])
    func aDecisionNumberFindsItsOutcomeFirst(query: String) throws {
        let page = try search(query)
        #expect(page.entries.first?.summary.id == "O-2016-001", "\(query)")
        #expect(page.entries.first?.exact == ["文号 \(query)"])
        let others = page.entries.dropFirst().filter { !$0.exact.isEmpty }
        #expect(others.isEmpty, "no other outcome has that number")
    }

    @Test func aCourtCaseNumberFindsItsOutcomeAndPartOfANumberFindsItToo() throws {
        #expect(try search("（2021）沪03行终512号").entries.first?.summary.id == "O-2021-004")
        #expect(try search("黄府复字").entries.prefix(5).contains { $0.summary.id == "O-2016-001" })
    }

    @Test(arguments: ["条例第十五条", "第15条", "《政府信息公开条例》第十五条", "政府信息公开条例 第十五条"])
    func anArticleReferenceFindsTheArticleThenTheCasesCitingIt(query: String) throws {
        let page = try search(query, limit: 20)
        let first = try #require(page.entries.first)
        #expect(first.summary.kind == "statute" && first.summary.statuteField("article") == "第十五条", "\(query)")
        let citing = page.entries.dropFirst().prefix(5)
        #expect(citing.count == 5 && citing.allSatisfy { $0.exact.contains { $0.contains("第十五条") } }, "\(query)")
        let cases = citing.filter { $0.summary.kind == "case" }
        #expect(!cases.isEmpty)
        let parser = CitationParser()
        for entry in cases {
            let cited = parser.citations(inLegalBasis: entry.summary.record?.legalBasis ?? []).joined().map(\.article)
                + IndexSchemaFields.citing(entry.summary.record)
            #expect(cited.contains(15), "\(entry.summary.id) cites 第十五条")
        }
    }

    @Test func anItemReferenceFindsItsArticle() throws {
        let first = try #require(try search("第三十六条第（三）项").entries.first)
        #expect(first.summary.kind == "statute" && first.summary.statuteField("article") == "第三十六条")
    }

    @Test func theOfficeThesaurusWorksInPlainSearchAndSaysSo() throws {
        let page = try search("110")
        #expect(page.total > 0)
        let first = try #require(page.entries.first)
        #expect(first.thesaurus.contains("110 → 接处警") || first.thesaurus.contains("110 → 报警"))
        #expect(!first.passage.marks.isEmpty, "the thesaurus word is marked in the passage")
    }

    @Test func chineseFieldNamesWork() throws {
        let chinese = try search("类别:户籍类 年份:2016..2018", limit: 50)
        let english = try search("category:户籍类 year:2016..2018", limit: 50)
        #expect(chinese.total == english.total && chinese.total > 0)
        #expect(chinese.entries.map(\.summary.id) == english.entries.map(\.summary.id))
        let kinds = try search("种类:案例 类别:户籍类", limit: 50)
        #expect(kinds.entries.allSatisfy { $0.summary.kind == "case" })
        let corrected = try search("结果:纠正", limit: 50)
        #expect(corrected.total > 0)
        for entry in corrected.entries {
            if entry.summary.kind == "case" { #expect(entry.summary.status == .corrected, "\(entry.summary.id)") }
            if entry.summary.kind == "outcome" { #expect(entry.summary.record?.effect == .corrected, "\(entry.summary.id)") }
        }
        #expect(throws: ServiceError.self) { try search("unknownfield:值") }
    }

    @Test func everyCaseInAResultListCarriesItsStatus() throws {
        for query in ["户籍档案", "行政处罚决定书", "接处警记录"] {
            for entry in try search(query, limit: 30).entries where entry.summary.kind == "case" {
                #expect(entry.summary.status != nil, "\(query): \(entry.summary.id)")
            }
        }
        let session = try SampleLibrary.session()
        let citing = try session.casesCiting(law: "条例", article: "第十五条")
        #expect(!citing.cases.isEmpty)
        for record in citing.cases { #expect(citing.statuses[record.id] == (try session.record(id: record.id).history?.status)) }
        for result in try session.similar(to: "2021-HP-0019") {
            #expect(result.history.status == (try session.record(id: result.record.id).history?.status))
        }
    }

    /// The cases the issue named: 一审 驳回起诉, 准许撤诉 and 复议终止 are `other`, never "未经复议诉讼".
    @Test(arguments: ["2022-MH-0045", "2017-PT-0008", "2024-MH-0022", "2018-MH-0010"])
    func dismissedWithdrawnAndTerminatedCasesAreOtherEverywhere(id: String) throws {
        let session = try SampleLibrary.session()
        let view = try session.record(id: id)
        #expect(view.history?.status == .other)
        #expect(view.history?.status.label == "其他结果")
        let listed = try session.search(SearchQuery(text: id)).entries.first
        #expect(listed?.summary.id == id && listed?.summary.status == .other)
        let similar = try session.similar(to: id, limit: 30)
        for result in similar { #expect(result.history.status == (try session.record(id: result.record.id).history?.status)) }
    }
}

/// Articles a record's prose cites (the exact terms read `legal_basis` and the prose alike).
enum IndexSchemaFields {
    static func citing(_ record: Record?) -> [Int] {
        guard let record else { return [] }
        let parser = CitationParser()
        return ["request", "analysis", "consultation", "response_note", "summary", "body"].compactMap { record.text($0) }
            .flatMap { parser.citations(in: $0).map(\.article) }
    }
}
