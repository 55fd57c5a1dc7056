/// Counts of ten or more in normalised text, for the wordings of `Cases/elements.txt` that name one
/// (`〔数十〕份…申请`): 《政府信息公开条例》第三十五条 speaks of applications whose 数量、频次 clearly
/// exceed what is reasonable, and applicants and officers write the number as it comes — 六十多份,
/// 百余件, 三十次, 20 份, 几十封 — so no list of wordings can name them all.
public enum CountMarks {
    /// The placeholder a wording writes for "a count of ten or more".
    public static let placeholder = "〔数十〕"

    private static let digits: Set<Character> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
    private static let chineseNumerals: Set<Character> = ["〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万"]
    /// Numerals that make any count they are in ten or more.
    private static let tensAndAbove: Set<Character> = ["十", "百", "千", "万"]
    /// Words that begin a count only before a numeral of ten or more: 几十, 数百, 上百.
    private static let vagueLeads: Set<Character> = ["几", "数", "上"]
    /// What may follow a count as part of it: 六十多, 百余, 二十来.
    private static let approximations: Set<Character> = ["多", "余", "来"]

    /// `text` with every count of ten or more (and its 多, 余 or 来) replaced by `placeholder`;
    /// smaller counts and everything else left as they are.
    public static func mark(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            let end = countEnd(characters, from: index)
            guard end > index else {
                out.append(characters[index])
                index += 1
                continue
            }
            let run = characters[index..<end]
            if isTenOrMore(run) {
                out += placeholder
                index = end < characters.count && approximations.contains(characters[end]) ? end + 1 : end
            } else {
                out += String(run)
                index = end
            }
        }
        return out
    }

    /// Where the count starting at `start` ends (`start` itself when none starts there).
    private static func countEnd(_ characters: [Character], from start: Int) -> Int {
        var index = start
        if vagueLeads.contains(characters[index]) {
            guard index + 1 < characters.count, tensAndAbove.contains(characters[index + 1]) else { return start }
            index += 1
        }
        let isDigitRun = digits.contains(characters[index])
        let set = isDigitRun ? digits : chineseNumerals
        while index < characters.count, set.contains(characters[index]) { index += 1 }
        return index
    }

    private static func isTenOrMore(_ run: ArraySlice<Character>) -> Bool {
        if run.contains(where: tensAndAbove.contains) { return true }
        guard run.allSatisfy(digits.contains), let value = Int(String(run.drop { $0 == "0" }.prefix(9))) else { return false }
        return value >= 10
    }
}
