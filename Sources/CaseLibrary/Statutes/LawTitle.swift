/// The comparison form of a law's title, so that 《中華人民共和國政府信息公開條例》,
/// 中华人民共和国政府信息公开条例 and 政府信息公开条例 meet.
public enum LawTitle {
    /// The prefix dropped when comparing titles.
    public static let nationalPrefix = "中华人民共和国"

    /// The comparison key of a title: normalised (traditional → simplified, full-width folded),
    /// without book-title marks 《》〈〉<>, whitespace, a leading 中华人民共和国, or a trailing
    /// version note in brackets such as （2019年修订） or (2019).
    public static func key(_ title: String) -> String {
        var text = String(TextNormalizer.normalize(title).filter { !"《》〈〉<> \t\u{3000}".contains($0) })
        if text.hasPrefix(nationalPrefix) { text.removeFirst(nationalPrefix.count) }
        while text.last == ")", let open = text.lastIndex(of: "("), open > text.startIndex {
            let note = text[text.index(after: open)..<text.index(before: text.endIndex)]
            guard note.contains(where: { $0.isNumber || $0 == "修" || $0 == "版" }) else { break }
            text = String(text[..<open])
        }
        return text
    }
}
