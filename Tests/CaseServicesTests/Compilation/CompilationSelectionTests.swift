import CaseLibrary
import Testing

@testable import CaseServices

struct CompilationSelectionTests {
    func excluded(_ id: String) throws -> ExcludedCase? {
        try CompilationFixture.build(CompilationFixture.cases2023()).excluded.first { $0.id == id }
    }

    @Test func publishesOnlyReviewedSecrecyCheckedPublishableUnrestrictedCasesOfTheYear() throws {
        let compilation = try CompilationFixture.build(CompilationFixture.cases2023())
        #expect(compilation.cases.map(\.id) == ["c03", "c02", "c01", "c09", "c10"])
        #expect(compilation.cases.map(\.number) == ["2023-01", "2023-02", "2023-03", "2023-04", "2023-05"])
        #expect(compilation.sections.map(\.category) == ["行政处罚类", "户籍类", "交通管理类", "治安管理类"])
        #expect(compilation.excluded.map(\.id) == ["c04", "c05", "c06", "c07", "c08"])
    }

    @Test func listsDraftCasesAsNotReviewed() throws {
        #expect(try excluded("c04")?.reasons == [.notReviewed, .secrecyNotChecked, .notPublishable])
    }

    @Test func listsSubmittedCasesAsNotReviewed() throws {
        let records = try CompilationFixture.cases2023 { $0[0].status = "submitted" }
        let compilation = try CompilationFixture.build(records)
        #expect(compilation.excluded.first { $0.id == "c01" }?.reasons == [.notReviewed])
    }

    @Test func listsRejectedCases() throws {
        #expect(try excluded("c05")?.reasons == [.rejected, .secrecyNotChecked, .notPublishable])
    }

    @Test func listsCasesWithoutSecrecyCheck() throws {
        #expect(try excluded("c06")?.reasons == [.secrecyNotChecked])
    }

    @Test func listsCasesNotMarkedPublishable() throws {
        #expect(try excluded("c07")?.reasons == [.notPublishable])
    }

    @Test func neverPublishesRestrictedCases() throws {
        #expect(try excluded("c08")?.reasons == [.restricted])
    }

    @Test func writesEveryExcludedCaseWithItsReasons() throws {
        let text = ExclusionListRenderer().render(try CompilationFixture.build(CompilationFixture.cases2023()))
        // Everything in excluded.txt is Chinese, the review status too (issue 13).
        #expect(text.contains("c04\t未审核/草稿；未做保密审查；未标注可公开\t草稿"))
        #expect(text.contains("c05\t未通过审核；未做保密审查；未标注可公开\t未通过审核"))
        #expect(text.contains("c08\t限定范围（仅审核人员可见）\t已审核"))
        #expect(text.hasPrefix("2023年度未入选案例：5 件（入选 5 件）"))
    }

    @Test func marksCorrectedCasesAndListsWhatCorrectedThem() throws {
        let compilation = try CompilationFixture.build(CompilationFixture.cases2023())
        #expect(compilation.cases.filter(\.isCorrected).map(\.id) == ["c03", "c02"])
        #expect(compilation.correctedCases.map(\.number) == ["2023-01", "2023-02"])
        #expect(compilation.correctedCases.first?.outcomes.map(\.result) == ["撤销"])
        let html = HTMLRenderer().render(compilation)
        #expect(html.contains("<a href=\"#case-2023-01\">2023-01　申请公开c03相关信息案</a> <span class=\"badge\">【被纠正】</span>"))
        let markdown = MarkdownRenderer().render(compilation)
        #expect(markdown.contains("    - [2023-01　申请公开c03相关信息案 【被纠正】](#case-2023-01)"))
    }

    @Test func indexesCitedProvisionsByLawThenArticle() throws {
        let index = try CompilationFixture.build(CompilationFixture.cases2023()).provisionIndex
        #expect(index.map(\.citation) == [
            "《中华人民共和国行政处罚法》第四十八条", "《政府信息公开条例》第十五条", "《政府信息公开条例》第三十六条第（三）项",
            "《政府信息公开条例》第三十七条", "《政府信息公开条例》第三十八条",
        ])
        #expect(index[1].caseNumbers == ["2023-01", "2023-05"])
        #expect(index[2].reference == ProvisionReference(law: "政府信息公开条例", article: 36, item: 3))
    }

    @Test func readsChineseNumeralsInCitations() {
        let resolver = DefaultProvisionResolver()
        #expect(resolver.resolve("《条例》第十条").article == 10)
        #expect(resolver.resolve("《条例》第一百零二条第二款").article == 102)
        #expect(resolver.resolve("《条例》第一百零二条第二款").paragraph == 2)
        #expect(resolver.resolve("《条例》第二十条").article == 20)
        #expect(resolver.resolve("条例第36条").article == 36)
    }

    @Test func rejectsMalformedGeneratedOnDate() throws {
        let records = try CompilationFixture.cases2023()
        #expect(throws: CompilationError.self) {
            try CompilationBuilder().build(records: records, year: 2023, options: CompilationOptions(issuingOffice: "x", generatedOn: "2024/3/1"))
        }
    }

    @Test func reportsProgress() throws {
        var steps: [(Int, Int)] = []
        _ = try CompilationBuilder().build(
            records: CompilationFixture.cases2023(), year: 2023, options: CompilationOptions(issuingOffice: "x")
        ) { done, total, _ in steps.append((done, total)) }
        #expect(steps.count == 8)
        #expect(steps.last.map { $0.0 == $0.1 } == true)
    }
}
