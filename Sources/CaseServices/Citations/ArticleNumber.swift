import CaseLibrary
import Foundation

/// An article number as people write it: `15`, `第15条`, `十五`, `第十五条`.
public enum ArticleNumber {
    /// The article's number.
    /// - Throws: ``ServiceError/badInput(_:)`` naming the value.
    public static func parse(_ text: String) throws(ServiceError) -> Int {
        var core = Substring(text.trimmingCharacters(in: .whitespaces))
        if core.hasPrefix("第") { core = core.dropFirst() }
        if core.hasSuffix("条") { core = core.dropLast() }
        guard let number = Int(core) ?? CaseLibrary.ChineseNumeral.parse(core), number > 0 else {
            throw .badInput("'article'：条号应写作 15 或 第十五条，收到 ‘\(text)’")
        }
        return number
    }
}
