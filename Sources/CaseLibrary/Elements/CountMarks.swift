import Foundation

/// Counts in normalised text, for the wordings of `Cases/elements.txt` that name one: `〔N以上〕`
/// stands for any count of at least N (`〔10以上〕份…申请`, `第〔2以上〕次…申请`). 《政府信息公开条例》
/// 第三十五条 speaks of applications whose 数量、频次 clearly exceed what is reasonable, and a repeated
/// application is the second, third or fourth of its kind; applicants and officers write the number as
/// it comes — 六十多份, 百余件, 30 次, 几十封, 第四次 — so no list of wordings can name them all.
public enum CountMarks {
    /// A count placeholder of a wording: its text (`〔10以上〕`) and the least count it stands for.
    public struct Placeholder: Sendable, Equatable {
        /// The placeholder as written, `〔N以上〕`.
        public let text: String
        /// N.
        public let minimum: Int

        /// Makes a placeholder.
        public init(text: String, minimum: Int) {
            self.text = text
            self.minimum = minimum
        }
    }

    /// The largest N a placeholder may name.
    public static let largestMinimum = 10_000

    /// The placeholder of `wording`, or nil when it has none (or a malformed one: see `problem(in:)`).
    public static func placeholder(in wording: String) -> Placeholder? {
        guard let open = wording.firstIndex(of: "〔"), let close = wording[open...].firstIndex(of: "〕") else { return nil }
        let inside = wording[wording.index(after: open)..<close]
        guard inside.hasSuffix("以上") else { return nil }
        let number = inside.dropLast(2)
        guard let first = number.first, first != "0", number.count <= 5, number.allSatisfy(digits.contains),
            let minimum = Int(number), minimum <= largestMinimum
        else { return nil }
        return Placeholder(text: String(wording[open...close]), minimum: minimum)
    }

    /// What is wrong with the placeholders of `wording` (in Chinese), or nil: at most one, written
    /// `〔N以上〕` with N from 1 to `largestMinimum` in figures, beside other text.
    public static func problem(in wording: String) -> String? {
        let opens = wording.filter { $0 == "〔" }.count, closes = wording.filter { $0 == "〕" }.count
        guard opens > 0 || closes > 0 else { return nil }
        guard opens == 1, closes == 1 else { return "一个说法只能写一处数目〔N以上〕，括号要成对" }
        guard let placeholder = placeholder(in: wording) else {
            return "数目应写作〔N以上〕，N 为 1 至 \(largestMinimum) 的阿拉伯数字（如 〔10以上〕份申请）"
        }
        guard wording.replacingOccurrences(of: placeholder.text, with: "").contains(where: { $0 != "…" }) else {
            return "数目〔N以上〕要与其他文字连用（如 〔10以上〕份申请）"
        }
        return nil
    }

    private static let digits: Set<Character> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
    private static let chineseNumerals: Set<Character> = ["〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万"]
    private static let unitValues: [Character: Int] = ["十": 10, "百": 100, "千": 1000, "万": 10_000]
    /// Words that begin a count before a unit, with the least they multiply it by: 几十 and 数十 are
    /// at least twenty, 上百 at least a hundred.
    private static let vagueLeads: [Character: Int] = ["几": 2, "数": 2, "上": 1]
    /// What may follow a count as part of it: 六十多, 百余, 二十来, 十几.
    private static let approximations: Set<Character> = ["多", "余", "来", "几"]

    /// `text` with every count of at least `minimum` (and its 多, 余, 来 or 几) replaced by
    /// `placeholder`; smaller counts and everything else left as they are. A lone 几 (几次) counts as
    /// two. Words that merely contain a numeral (万一, 十分, 老百姓) are marked too; that is harmless,
    /// since a wording names what the count counts (〔10以上〕份申请).
    public static func mark(_ text: String, atLeast minimum: Int, as placeholder: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            guard let (end, value) = count(in: characters, from: index) else {
                out.append(characters[index])
                index += 1
                continue
            }
            if value >= minimum {
                out += placeholder
                index = end < characters.count && approximations.contains(characters[end]) ? end + 1 : end
            } else {
                out += String(characters[index..<end])
                index = end
            }
        }
        return out
    }

    /// The count starting at `start`: where it ends and the least it stands for; nil when none starts there.
    private static func count(in characters: [Character], from start: Int) -> (end: Int, value: Int)? {
        let first = characters[start]
        if let lead = vagueLeads[first] {
            if start + 1 < characters.count, let unit = unitValues[characters[start + 1]] { return (start + 2, lead * unit) }
            return first == "几" ? (start + 1, 2) : nil
        }
        let isDigitRun = digits.contains(first)
        let set = isDigitRun ? digits : chineseNumerals
        guard set.contains(first) else { return nil }
        var end = start
        while end < characters.count, set.contains(characters[end]) { end += 1 }
        let run = characters[start..<end]
        if isDigitRun {
            let significant = run.drop { $0 == "0" }
            guard significant.count <= 9 else { return (end, Int.max) }
            return (end, Int(String(significant)) ?? 0)
        }
        return (end, leastValue(of: Array(run)))
    }

    /// The least a run of Chinese numerals stands for. A run with units reads as a number (一百零五)
    /// or, when it is a range (二三十, 两三百) or has 万, as its first figure times its largest unit
    /// (20, 200); a run without units reads figure by figure only with a zero in it (一〇八), and
    /// otherwise is a range read by its first figure (两三 is two or three, not 23).
    private static func leastValue(of run: [Character]) -> Int {
        let hasUnit = run.contains { unitValues[$0] != nil }
        if hasUnit || run.count == 1 || run.contains("〇") || run.contains("零"), let value = ChineseNumeral.parse(String(run)) {
            return value
        }
        let first = run.first.flatMap { ChineseNumeral.parse(String($0)) } ?? 1
        guard hasUnit else { return first }
        return (unitValues[run[0]] == nil ? first : 1) * (run.compactMap { unitValues[$0] }.max() ?? 1)
    }
}
