import Foundation

/// Recognisers for single lines of a statute file.
enum StatuteLine {
    /// Event keywords, matched against the end of a history line; the one ending latest wins.
    static let eventKinds = ["公布", "发布", "修订", "修正", "修改", "施行", "实施", "通过", "批准", "废止"]

    /// A line with surrounding whitespace (including U+3000), CR and zero-width characters removed.
    static func clean(_ line: Substring) -> String {
        var scalars = line.unicodeScalars[...]
        while let first = scalars.first, isIgnorable(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isIgnorable(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0D, 0xA0, 0x3000, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x2060: return true
        default: return false
        }
    }

    /// The text of a `#` heading with the hashes removed and runs of spaces collapsed.
    static func headingText(_ line: String) -> String {
        let text = line.drop { $0 == "#" }
        return text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).joined(separator: " ")
    }

    /// The number of leading `#`s.
    static func headingLevel(_ line: String) -> Int {
        line.prefix { $0 == "#" }.count
    }

    /// The kind of structural heading — `编`, `章` or `节` — when the text starts `第X编/章/节`.
    static func headingKind(_ text: String) -> Character? {
        guard text.first == "第" else { return nil }
        let rest = text.dropFirst()
        let numeral = rest.prefix(while: ChineseNumeral.isNumeralCharacter)
        guard !numeral.isEmpty, let kind = rest.dropFirst(numeral.count).first, "编章节".contains(kind) else { return nil }
        return kind
    }

    /// An article label at the start of a line: `第十五条 …`, `第十五条之一 …` or the label alone.
    /// The label must be followed by whitespace or the end of the line, so that references such
    /// as `第十五条规定的…` are not taken for labels.
    static func articleLabel(_ line: String) -> (label: String, number: Int, subNumber: Int?, rest: Substring)? {
        guard line.first == "第" else { return nil }
        let afterFirst = line.dropFirst()
        let numeral = afterFirst.prefix(while: ChineseNumeral.isNumeralCharacter)
        guard !numeral.isEmpty, numeral.count <= 8, let number = ChineseNumeral.parse(numeral) else { return nil }
        var rest = afterFirst.dropFirst(numeral.count)
        guard rest.first == "条" else { return nil }
        rest = rest.dropFirst()
        var subNumber: Int?
        if rest.first == "之" {
            let sub = rest.dropFirst().prefix(while: ChineseNumeral.isNumeralCharacter)
            guard !sub.isEmpty, let value = ChineseNumeral.parse(sub) else { return nil }
            subNumber = value
            rest = rest.dropFirst(1 + sub.count)
        }
        if let next = rest.first {
            guard next == " " || next == "\u{3000}" || next == "\t" else { return nil }
        }
        let label = String(line[..<rest.startIndex])
        let body = rest.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
        return (label, number, subNumber, body)
    }

    /// Whether a line starts with an item marker `（一）` / `(一)`.
    static func isItem(_ line: String) -> Bool {
        guard let open = line.first, open == "（" || open == "(" else { return false }
        let numeral = line.dropFirst().prefix(while: ChineseNumeral.isNumeralCharacter)
        guard !numeral.isEmpty, numeral.count <= 4 else { return false }
        let close = line.dropFirst(1 + numeral.count).first
        return close == "）" || close == ")"
    }

    /// A history line `YYYY年M月D日 …` as an event, or nil.
    static func event(_ line: String) -> StatuteEvent? {
        var scanner = line[...]
        func number(maxDigits: Int) -> Int? {
            let digits = scanner.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= maxDigits, let value = Int(digits) else { return nil }
            scanner = scanner.dropFirst(digits.count)
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard scanner.first == character else { return false }
            scanner = scanner.dropFirst()
            return true
        }
        guard let year = number(maxDigits: 4), year >= 1000, expect("年"), let month = number(maxDigits: 2), expect("月"),
            let day = number(maxDigits: 2), expect("日")
        else { return nil }
        let date = String(year) + "-" + pad(month) + "-" + pad(day)
        guard CalendarDate.isValid(date) else { return nil }
        let text = clean(scanner)
        return StatuteEvent(date: date, kind: kind(of: text), text: text)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func kind(of text: String) -> String {
        var best: (kind: String, end: String.Index)?
        for kind in eventKinds {
            guard let range = text.range(of: kind, options: .backwards) else { continue }
            if best == nil || range.upperBound > (best?.end ?? text.startIndex) { best = (kind, range.upperBound) }
        }
        return best?.kind ?? "其他"
    }
}
