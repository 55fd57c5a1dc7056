import CaseLibrary
import Foundation
import Testing
import TestSupport

/// A temporary library root with a `statutes/` folder holding the real 2019 OGI Regulations
/// (from the shared lawrefbook corpus, or the identical copy shipped in Cases/statutes) and, when asked, a small synthetic 2008 version.
enum StatuteFixture {
    static let regulations2019 = "corpora/lawrefbook/行政法规/政府信息公开条例(2019-04-03).md"
    static var isAvailable: Bool { ProjectPaths.regulations2019 != nil }
    static let absentMessage: Comment = "needs the 2019 Regulations (../shared/corpora/lawrefbook or Cases/statutes)"

    /// The corpus has no 2008 version; this one carries two articles of the 2007 text.
    static let regulations2008 = """
        # 中华人民共和国政府信息公开条例

        2007年4月5日 中华人民共和国国务院令第492号公布

        2008年5月1日 施行

        <!-- INFO END -->

        ## 第二章 公开的范围

        第十四条 行政机关应当建立健全政府信息发布保密审查机制，明确审查的程序和责任。

        行政机关不得公开涉及国家秘密、商业秘密、个人隐私的政府信息。但是，经权利人同意公开或者行政机关认为不公开可能对公共利益造成重大影响的涉及商业秘密、个人隐私的政府信息，可以予以公开。

        第二十三条 行政机关认为申请公开的政府信息涉及商业秘密、个人隐私，公开后可能损害第三方合法权益的，应当书面征求第三方的意见。

        """

    /// Writes the statutes into `directory/statutes/`.
    static func install(in directory: TemporaryDirectory, with2008: Bool) throws {
        guard let source = ProjectPaths.regulations2019 else { return }
        let text = try String(contentsOf: source, encoding: .utf8)
        try directory.write(text, to: "statutes/政府信息公开条例(2019-04-03).md")
        if with2008 { try directory.write(regulations2008, to: "statutes/政府信息公开条例(2007-04-05).md") }
    }
}
