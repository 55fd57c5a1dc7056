/// The comparison form of a law's title, so that 《中華人民共和國政府信息公開條例》,
/// 中华人民共和国政府信息公开条例 and 政府信息公开条例 meet.
public enum LawTitle {
    /// The prefix dropped when comparing titles.
    public static let nationalPrefix = "中华人民共和国"

    /// The comparison key of a title: normalised (traditional → simplified, full-width folded),
    /// without book-title marks 《》〈〉<>, whitespace, a leading 中华人民共和国 (or one opening a quoted
    /// law: 《中华人民共和国行政诉讼法》), or a trailing version note in brackets such as （2019年修订）
    /// or (2019).
    public static func key(_ title: String) -> String {
        // A law quoted inside a title (最高人民法院关于适用《中华人民共和国行政诉讼法》的解释, or with 〈〉
        // when the title is itself quoted) is cited with and without the state's name alike, as a
        // title's own prefix is.
        var text = TextNormalizer.normalize(title).filter { !" \t\u{3000}".contains($0) }
        for mark in ["《", "〈", "<"] { text = text.replacingOccurrences(of: mark + nationalPrefix, with: mark) }
        text = text.filter { !"《》〈〉<>".contains($0) }
        if text.hasPrefix(nationalPrefix) { text.removeFirst(nationalPrefix.count) }
        while text.last == ")", let open = text.lastIndex(of: "("), open > text.startIndex {
            let note = text[text.index(after: open)..<text.index(before: text.endIndex)]
            guard note.contains(where: { $0.isNumber || $0 == "修" || $0 == "版" }) else { break }
            text = String(text[..<open])
        }
        return text
    }

    /// The place a local regulation's title begins with (山东省, 上海市, 内蒙古自治区, 深圳经济特区):
    /// two to nine characters ending in 省, 市, 自治区, 自治州, 自治县 or 经济特区 at the start of the title;
    /// nil for national legislation (法, 条例, 规定 of the state, 最高人民法院…, 公安部…). Two characters
    /// at least before 市, and 市场 not counted, keep 城市… and …市场… titles national; the special
    /// administrative regions' basic laws are national laws and keep no place. A title that names
    /// its place otherwise (北京中轴线…条例) is not recognised.
    public static func locality(_ title: String) -> String? {
        let text = key(title)
        for suffix in ["经济特区", "自治区", "自治州", "自治县", "省", "市"] {
            guard let range = text.range(of: suffix) else { continue }
            let before = text.distance(from: text.startIndex, to: range.lowerBound)
            guard (2...9).contains(before), text[..<range.lowerBound].allSatisfy({ $0.isLetter && !"《（(".contains($0) }),
                !text[range.upperBound...].hasPrefix("场")
            else { continue }
            let place = String(text[..<range.upperBound])
            // 国务院关于…市…, 公安部…: a state body, not a place.
            guard !place.hasPrefix("国务院"), !place.contains("关于"), !place.contains("部") else { continue }
            return place
        }
        return nil
    }
}
