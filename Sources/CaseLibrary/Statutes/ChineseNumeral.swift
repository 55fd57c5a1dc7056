/// Chinese numerals as they appear in statute numbering: 一 … 九千九百九十九.
///
/// Parsing accepts the forms found in legal texts: 十五, 二十, 一百一十, 一千零一, 两百,
/// 〇 and 零 as zero placeholders, and digit-by-digit forms such as 二〇一九 (read as 2019).
/// Formatting produces the statute style: 十 … 十九 without a leading 一, 一百一十 with it,
/// and a single 零 for each run of skipped places (一千零一, 一千零一十).
public enum ChineseNumeral {
    /// The largest value `format(_:)` writes and `parse(_:)` reads in positional form.
    public static let maximum = 9999

    private static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
        "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
    private static let digitCharacters: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// Whether a character can be part of a Chinese numeral (digits, 零/〇, 两, 十, 百, 千).
    public static func isNumeralCharacter(_ character: Character) -> Bool {
        digits[character] != nil || units[character] != nil
    }

    /// Parses a Chinese numeral.
    ///
    /// - Parameter text: the numeral, e.g. `一百二十三`, `十五`, `一千零一`, `二〇一九`.
    /// - Returns: its value, or nil when the text is empty, contains other characters, or is
    ///   malformed (`百`, `十十`, `一百千`, units out of descending order).
    public static func parse(_ text: some StringProtocol) -> Int? {
        let characters = Array(text)
        guard !characters.isEmpty, characters.allSatisfy(isNumeralCharacter) else { return nil }
        if characters.allSatisfy({ digits[$0] != nil }) {
            // Digit-by-digit (二〇一九) or a single digit.
            guard characters.count <= 4 else { return nil }
            return characters.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
        }
        return parsePositional(characters)
    }

    private static func parsePositional(_ characters: [Character]) -> Int? {
        var total = 0
        var pending: Int?  // a digit waiting for its unit
        var lastUnit = 10_000
        var sawZero = false
        for (offset, character) in characters.enumerated() {
            if let digit = digits[character] {
                if digit == 0 {
                    guard pending == nil, offset > 0 else { return nil }
                    sawZero = true
                    continue
                }
                guard pending == nil else { return nil }
                pending = digit
            } else if let unit = units[character] {
                guard unit < lastUnit else { return nil }
                // 十 may stand alone at the start (十五 = 15); other units need a digit.
                let multiplier: Int
                if let digit = pending {
                    multiplier = digit
                } else if unit == 10 && offset == 0 {
                    multiplier = 1
                } else {
                    return nil
                }
                total += multiplier * unit
                lastUnit = unit
                pending = nil
                sawZero = false
            }
        }
        if let digit = pending {
            // A trailing digit is ones after 零 or 十; after 百/千 it abbreviates the next place
            // down, as in speech (一百五 = 150, 三千二 = 3200).
            total += (lastUnit == 10 || sawZero) ? digit : digit * (lastUnit / 10)
        }
        return total > 0 && total <= maximum ? total : nil
    }

    /// Formats a number in statute style.
    ///
    /// - Parameter value: 1 … 9999 (0 gives `零`).
    /// - Returns: the numeral, e.g. `format(123) == "一百二十三"`, `format(15) == "十五"`,
    ///   `format(1001) == "一千零一"`, or nil when the value is out of range.
    public static func format(_ value: Int) -> String? {
        guard value >= 0, value <= maximum else { return nil }
        if value == 0 { return "零" }
        let places: [(Int, Character?)] = [(1000, "千"), (100, "百"), (10, "十"), (1, nil)]
        var out = ""
        var needZero = false
        var remainder = value
        for (size, unit) in places {
            let digit = remainder / size
            remainder %= size
            if digit == 0 {
                if !out.isEmpty { needZero = true }
                continue
            }
            if needZero { out.append("零") }
            needZero = false
            if !(size == 10 && digit == 1 && out.isEmpty) { out.append(digitCharacters[digit]) }
            if let unit { out.append(unit) }
            if remainder == 0 { break }
        }
        return out
    }
}
