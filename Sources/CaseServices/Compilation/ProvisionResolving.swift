import CaseLibrary

/// A cited provision understood well enough to sort an index: the law, and article, paragraph and
/// item numbers when the citation gives them.
public struct ProvisionReference: Sendable, Equatable, Comparable {
    /// The law's name without book-title marks (`政府信息公开条例`), or the whole citation when no
    /// law name is marked.
    public let law: String
    /// 第X条.
    public let article: Int?
    /// 第X款.
    public let paragraph: Int?
    /// 第（X）项.
    public let item: Int?
    /// How the provision index prints it (`《政府信息公开条例》第十五条`), so differently written
    /// citations of one provision are listed together; nil prints the citation as written.
    public let display: String?

    /// Makes a reference.
    public init(law: String, article: Int?, paragraph: Int? = nil, item: Int? = nil, display: String? = nil) {
        self.law = law
        self.article = article
        self.paragraph = paragraph
        self.item = item
        self.display = display
    }

    /// By law, then article, paragraph and item (absent numbers first).
    public static func < (lhs: ProvisionReference, rhs: ProvisionReference) -> Bool {
        (lhs.law, lhs.article ?? 0, lhs.paragraph ?? 0, lhs.item ?? 0)
            < (rhs.law, rhs.article ?? 0, rhs.paragraph ?? 0, rhs.item ?? 0)
    }
}

/// Turns a citation as written into a `ProvisionReference`. A fuller citation parser can replace
/// the default by conforming to this protocol.
public protocol ProvisionResolving: Sendable {
    /// Understands one citation such as `《政府信息公开条例》第三十六条第（三）项`.
    func resolve(_ citation: String) -> ProvisionReference

    /// Every provision in one `legal_basis` entry (`第十四条、第十五条` names two).
    func references(in citation: String) -> [ProvisionReference]
}

extension ProvisionResolving {
    /// The one reference `resolve` gives.
    public func references(in citation: String) -> [ProvisionReference] { [resolve(citation)] }
}

/// The small built-in resolver: the law in `《》`, then `第X条`, `第X款`, `第（X）项` with Chinese
/// or Arabic numerals.
public struct DefaultProvisionResolver: ProvisionResolving {
    /// Makes the resolver.
    public init() {}

    /// Understands one citation; parts it cannot read are nil.
    public func resolve(_ citation: String) -> ProvisionReference {
        var law = citation
        var rest = Substring(citation)
        if let open = citation.firstIndex(of: "《"), let close = citation[open...].firstIndex(of: "》") {
            law = String(citation[citation.index(after: open)..<close])
            rest = citation[citation.index(after: close)...]
        }
        return ProvisionReference(
            law: law, article: number(in: rest, before: "条"), paragraph: number(in: rest, before: "款"),
            item: number(in: rest, before: "项"))
    }

    /// ASCII digits or a Chinese numeral (`CaseLibrary.ChineseNumeral`).
    private static func value(of text: String) -> Int? {
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(text) }
        return ChineseNumeral.parse(text)
    }

    /// The number in the first `第…{unit}` of `text`, brackets allowed around it.
    private func number(in text: Substring, before unit: Character) -> Int? {
        var search = text[...]
        while let start = search.firstIndex(of: "第") {
            let after = search[search.index(after: start)...]
            guard let end = after.firstIndex(of: unit) else { return nil }
            let inner = after[..<end].filter { !"（）()".contains($0) }
            if let value = Self.value(of: inner) { return value }
            search = after
        }
        return nil
    }
}
