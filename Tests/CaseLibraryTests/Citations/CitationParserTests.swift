import CaseLibrary
import Testing

@Suite struct CitationParserTests {
    let parser = CitationParser()

    func summary(_ citations: [Citation]) -> [String] {
        citations.map { "\($0.canonicalLaw) \($0.label)" }
    }

    @Test func findsAFullyNamedArticle() throws {
        let text = "依据《中华人民共和国政府信息公开条例》第十五条，不予公开。"
        let citations = parser.citations(in: text)
        let citation = try #require(citations.first)
        #expect(citations.count == 1)
        #expect(citation.law == "中华人民共和国政府信息公开条例")
        #expect(citation.canonicalLaw == "政府信息公开条例")
        #expect(citation.article == 15 && citation.paragraph == nil && citation.item == nil)
        #expect(text[citation.range] == "《中华人民共和国政府信息公开条例》第十五条")
        #expect(citation.attribution == .explicit)
    }

    @Test func readsAbbreviationsParagraphsAndItems() {
        let citations = parser.citations(in: "根据《条例》第十六条第二款、第三十六条第（三）项和第三十六条第三项的规定")
        #expect(summary(citations) == ["政府信息公开条例 第十六条第二款", "政府信息公开条例 第三十六条第（三）项", "政府信息公开条例 第三十六条第（三）项"])
        #expect(citations.map(\.law) == ["条例", "条例", "条例"])
        #expect(citations.map(\.attribution) == [.explicit, .inherited, .inherited])
        let spc = parser.citations(in: "《规定》第十二条")
        #expect(summary(spc) == ["最高人民法院关于审理政府信息公开行政案件若干问题的规定 第十二条"])
    }

    @Test func expandsRangesAndLists() {
        let text = "除本条例第十四条至第十六条规定的政府信息外"
        #expect(parser.citations(in: text).map(\.article) == [14, 15, 16])
        #expect(parser.citations(in: "第十四条、第十五条、第十六条").map(\.article) == [14, 15, 16])
        #expect(parser.citations(in: "第十四条至十六条").map(\.article) == [14, 15, 16])
        let parts = parser.citations(in: "《条例》第十四条第一款、第二款，第三十六条第(一)项、第(二)项")
        #expect(summary(parts) == [
            "政府信息公开条例 第十四条第一款", "政府信息公开条例 第十四条第二款",
            "政府信息公开条例 第三十六条第（一）项", "政府信息公开条例 第三十六条第（二）项",
        ])
        let range = parser.citations(in: "第十四条至第十六条")
        #expect(Set(range.map(\.range)).count == 1, "members of a range share its span")
    }

    @Test func attributesBareArticlesToTheDefaultOrToTheLastNamedLaw() {
        let bare = parser.citations(in: "按照第三十六条第（二）项答复。")
        #expect(bare.map(\.attribution) == [.defaultLaw])
        #expect(bare.map(\.canonicalLaw) == ["政府信息公开条例"])
        let inherited = parser.citations(in: "依照《中华人民共和国治安管理处罚法》的规定，并参照第二十五条处理。")
        #expect(summary(inherited) == ["治安管理处罚法 第二十五条"])
        #expect(inherited.first?.attribution == .inherited)
        let none = CitationParser(defaultLaw: nil).citations(in: "按照第三十六条答复。")
        #expect(none.isEmpty)
    }

    @Test func recognisesUnmarkedLawNames() {
        let citations = parser.citations(in: "违反中华人民共和国治安管理处罚法第二十五条，依据行政复议法第九条申请复议。")
        #expect(summary(citations) == ["治安管理处罚法 第二十五条", "行政复议法 第九条"])
        #expect(citations.first?.law == "中华人民共和国治安管理处罚法")
        let known = CitationParser(knownLaws: ["档案法"]).citations(in: "档案法第十九条")
        #expect(summary(known) == ["档案法 第十九条"])
    }

    @Test func readsTraditionalCharactersAndFullWidthForms() throws {
        let text = "依據《政府信息公開條例》第十六條第二款、第３６條第（三）項"
        let citations = parser.citations(in: text)
        #expect(summary(citations) == ["政府信息公开条例 第十六条第二款", "政府信息公开条例 第三十六条第（三）项"])
        let first = try #require(citations.first)
        #expect(first.law == "政府信息公開條例")
        #expect(text[first.range] == "《政府信息公開條例》第十六條第二款")
    }

    @Test func ignoresNonLawTitlesAndReferencesThatAreNotArticles() {
        let citations = parser.citations(in: "填写《政府信息公开申请表》第一时间提交，见《规定》第九条。")
        #expect(summary(citations) == ["最高人民法院关于审理政府信息公开行政案件若干问题的规定 第九条"])
        #expect(parser.citations(in: "第一次修正，第二款").isEmpty)
    }

    @Test func carriesTheLawAcrossLegalBasisEntries() {
        let entries = ["《政府信息公开条例》第十四条", "第十六条第二款", "《中华人民共和国行政诉讼法》第四十九条"]
        let citations = parser.citations(inLegalBasis: entries)
        #expect(citations.map(summary) == [
            ["政府信息公开条例 第十四条"], ["政府信息公开条例 第十六条第二款"], ["行政诉讼法 第四十九条"],
        ])
        #expect(citations[1].first?.attribution == .inherited)
    }
}
