import CaseLibrary
import Foundation
import Testing

@Suite struct StatuteParserTests {
    static let sample = """
        # 中华人民共和国示例条例

        # 示例编

        2007年4月5日 国务院令第492号公布

        2019年4月3日 国务院令第711号修订　

        2019年5月15日 施行

        <!-- INFO END -->

        为了示例，制定本条例。

        ## 第一章 总　则

        第一条 第一款的开头
        接着写在下一行。

        第二款。

        第二条　有下列情形之一的：

        （一）第一项；

        (二)第二项
        续行；

        第二条之一 插入的条文。

        ### 第一节 细则

        第三条

        正文在下一行。

        第五条 跳号。

        第四条 倒序。

        第四条 重复。
        """

    @Test func readsHeaderEventsAndEffectiveDate() {
        let outcome = StatuteParser.parse(Self.sample, path: "x/示例条例(2019-04-03).md")
        let document = outcome.document
        #expect(document.title == "中华人民共和国示例条例")
        #expect(document.subtitle == "示例编")
        #expect(document.events.map(\.kind) == ["公布", "修订", "施行"])
        #expect(document.events.map(\.date) == ["2007-04-05", "2019-04-03", "2019-05-15"])
        #expect(document.effectiveDate == "2019-05-15")
        #expect(document.preamble == "为了示例，制定本条例。")
    }

    @Test func readsParagraphsItemsContinuationsAndInsertedArticles() throws {
        let document = StatuteParser.parse(Self.sample, path: "示例.md").document
        #expect(document.articles.map(\.label) == ["第一条", "第二条", "第二条之一", "第三条", "第五条", "第四条", "第四条"])
        let first = try #require(document.article(1))
        #expect(first.paragraphs == ["第一款的开头接着写在下一行。", "第二款。"])
        #expect(first.chapter == "第一章 总 则")
        #expect(first.line == 17)
        let second = try #require(document.article(2))
        #expect(second.paragraphs == ["有下列情形之一的："])
        #expect(second.items == [["（一）第一项；", "(二)第二项续行；"]])
        #expect(second.item(2) == "(二)第二项续行；")
        #expect(second.text == "有下列情形之一的：\n（一）第一项；\n(二)第二项续行；")
        let inserted = try #require(document.article(labelled: "第二条之一"))
        #expect(inserted.number == 2 && inserted.subNumber == 1)
        let third = try #require(document.article(3))
        #expect(third.paragraphs == ["正文在下一行。"])
        #expect(third.section == "第一节 细则")
        #expect(third.chapter == "第一章 总 则")
    }

    @Test func reportsOutOfOrderAndDuplicateArticlesAsIssues() {
        let issues = StatuteParser.parse(Self.sample, path: "示例.md").issues
        #expect(issues.count == 2)
        #expect(issues.contains { $0.message.contains("条文序号顺序错乱") && $0.line == 39 })
        #expect(issues.contains { $0.message.contains("重复出现") && $0.line == 41 })
        #expect(issues.allSatisfy { $0.description.hasPrefix("示例.md:") })
    }

    @Test func reportsMissingArticlesAndMarkerWithoutCrashing() {
        let outcome = StatuteParser.parse("一、没有条文的决定。\n\n二、第二点。", path: "决定(2020-02-07).md")
        #expect(outcome.document.articles.isEmpty)
        #expect(outcome.document.title == "决定")
        #expect(outcome.document.effectiveDate == "2020-02-07")
        #expect(outcome.issues.contains { $0.message.contains("未找到条文") })
        #expect(outcome.issues.contains { $0.message.contains("INFO END") })
        #expect(StatuteParser.parse("", path: "empty.md").document.articles.isEmpty)
    }

    @Test func takesTheLatestEventWhenAmendedAfterTheLastInForceLine() {
        let text = "# 法\n\n1990年1月1日 通过\n\n1990年7月1日 施行\n\n2017年9月1日 第二次修正\n\n<!-- INFO END -->\n\n第一条 内容。"
        #expect(StatuteParser.parse(text, path: "法.md").document.effectiveDate == "2017-09-01")
    }

    @Test func doesNotTakeReferencesForArticleLabels() {
        let text = "# 法\n<!-- INFO END -->\n第一条 内容。\n\n第十五条规定的情形，依照前款处理。"
        let document = StatuteParser.parse(text, path: "法.md").document
        #expect(document.articles.count == 1)
        #expect(document.articles.first?.paragraphs.count == 2)
    }
}
