import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("caselib validate warns of a question kind naming an article its law does not have")
struct KindValidateCommandTests {
    static let regulations = """
        # 中华人民共和国政府信息公开条例

        2019年5月15日 施行

        <!-- INFO END -->

        第一条 为了保障公民、法人和其他组织依法获取政府信息，制定本条例。

        第二条 本条例所称政府信息，是指行政机关在履行行政管理职能过程中制作或者获取的信息。

        第十五条 涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开。

        """

    @Test func aWrongArticleNumberOfAnImportedLawIsAWarningWithItsLine() throws {
        let workspace = CaselibWorkspace()
        try workspace.add([Fixtures.caseJSON()])
        try workspace.directory.write(Self.regulations, to: "Cases/statutes/政府信息公开条例(2019-05-15).md")
        try workspace.directory.write("""
            core = 政府信息公开条例
            kind 什么是政府信息 = 算不算政府信息 => 政府信息公开条例 第二条
            kind 收费 = 收费, 掏钱 => 政府信息公开条例 第九十九条, 中华人民共和国政府信息公开条例 第一条
            kind 家暴告诫书 = 告诫书 => 反家庭暴力法 第十六条
              kind 缩进 = 缩进的说法 => 政府信息公开条例 第八十八条  # 行首空格和行尾注释
            """, to: "Cases/statutes/domain.txt")
        let result = try workspace.run("validate")
        #expect(result.status == 0, "a warning does not fail validation: \(result)")
        let warnings = result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("Cases/statutes/domain.txt:") }
        #expect(warnings.count == 2, "\(result)")
        #expect(warnings.first?.hasPrefix("Cases/statutes/domain.txt:3: 警告：") == true, "\(result)")
        #expect(warnings.first?.contains("第九十九条") == true && warnings.first?.contains("收费") == true, "\(result)")
        #expect(warnings.last?.hasPrefix("Cases/statutes/domain.txt:5: 警告：") == true && warnings.last?.contains("第八十八条") == true,
                "an indented line with a comment is read too: \(result)")
    }
}
