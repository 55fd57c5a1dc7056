/// Finds a calendar date written in Chinese or numeric style in a line of text.
enum LegacyDate {
    /// The first real date in a line as `YYYY-MM-DD`: 2021年3月5日, 2021-03-05, 2021.3.5,
    /// 2021/3/5, or 二〇二一年三月五日 (full-width digits are folded first).
    static func find(in line: String) -> String? {
        let characters = Array(TextNormalizer.normalize(line))
        var index = 0
        while index < characters.count {
            if let date = date(at: index, in: characters) { return date }
            index += 1
        }
        return nil
    }

    private static func date(at start: Int, in characters: [Character]) -> String? {
        if start > 0, isDigit(characters[start - 1]) || ChineseNumeral.isNumeralCharacter(characters[start - 1]) { return nil }
        var cursor = start
        guard let year = number(in: characters, at: &cursor, maxLength: 4), year >= 1949, year <= 2100,
            cursor < characters.count
        else { return nil }
        let separator = characters[cursor]
        guard "年-./".contains(separator) else { return nil }
        cursor += 1
        guard let month = number(in: characters, at: &cursor, maxLength: 3), cursor < characters.count else { return nil }
        let monthEnd = separator == "年" ? Character("月") : separator
        guard characters[cursor] == monthEnd else { return nil }
        cursor += 1
        guard let day = number(in: characters, at: &cursor, maxLength: 3) else { return nil }
        if separator == "年" {
            guard cursor < characters.count, characters[cursor] == "日" || characters[cursor] == "号" else { return nil }
        } else if cursor < characters.count, isDigit(characters[cursor]) {
            return nil
        }
        let text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        return CalendarDate.isValid(text) ? text : nil
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// ASCII digits or a Chinese numeral at `cursor` (advanced past it).
    private static func number(in characters: [Character], at cursor: inout Int, maxLength: Int) -> Int? {
        let start = cursor
        if cursor < characters.count, isDigit(characters[cursor]) {
            while cursor < characters.count, cursor - start < 4, isDigit(characters[cursor]) { cursor += 1 }
            return Int(String(characters[start..<cursor]))
        }
        while cursor < characters.count, cursor - start < maxLength, ChineseNumeral.isNumeralCharacter(characters[cursor]) {
            cursor += 1
        }
        guard cursor > start else { return nil }
        return ChineseNumeral.parse(String(characters[start..<cursor]))
    }
}
