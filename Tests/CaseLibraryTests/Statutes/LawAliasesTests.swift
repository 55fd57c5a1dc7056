import CaseLibrary
import Testing

@Suite struct LawAliasesTests {
    @Test func comparesTitlesWithoutPrefixMarksOrTraditionalForms() {
        #expect(LawTitle.key("《中华人民共和国政府信息公开条例》") == "政府信息公开条例")
        #expect(LawTitle.key("中華人民共和國政府信息公開條例") == "政府信息公开条例")
        #expect(LawTitle.key("政府信息公开条例（2019年修订）") == "政府信息公开条例")
        #expect(LawTitle.key("最高人民法院关于适用《行政诉讼法》的解释") == "最高人民法院关于适用行政诉讼法的解释")
    }

    @Test func builtInTableMapsOfficeAbbreviations() {
        let aliases = LawAliases.builtIn
        #expect(aliases.canonical("条例") == "政府信息公开条例")
        #expect(aliases.canonical("《条例》") == "政府信息公开条例")
        #expect(aliases.canonical("中华人民共和国政府信息公开条例") == "政府信息公开条例")
        #expect(aliases.canonical("《规定》") == "最高人民法院关于审理政府信息公开行政案件若干问题的规定")
        #expect(aliases.canonical("司法解释") == "最高人民法院关于审理政府信息公开行政案件若干问题的规定")
        #expect(aliases.canonical("中华人民共和国治安管理处罚法") == "治安管理处罚法")
        #expect(aliases.canonical("某市某某办法") == "某市某某办法")
    }

    @Test func readsTheTextFormatAndRoundTripsIt() throws {
        let text = """
            # comment

            条例 | 信息公开条例 = 中华人民共和国政府信息公开条例
              两法 = 行政复议法
            两法 = 行政诉讼法
            """
        let aliases = try LawAliases(parsing: text, source: "aliases.txt")
        #expect(aliases.canonical("信息公开条例") == "政府信息公开条例")
        #expect(aliases.canonical("两法") == "行政诉讼法")
        #expect(aliases.table.count == 3)
        #expect(try LawAliases(parsing: aliases.text) == aliases)
    }

    @Test func reportsTheSourceAndLineOfAMalformedLine() {
        let error = #expect(throws: LawAliasesError.self) {
            try LawAliases(parsing: "条例 = 政府信息公开条例\n\n没有等号的行\n", source: "aliases.txt")
        }
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("aliases.txt:3:") == true)
        #expect(throws: LawAliasesError.self) { try LawAliases(parsing: " = 行政复议法") }
    }
}
