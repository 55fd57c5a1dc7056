/// Flags lines that look garbled by a wrong decoding.
///
/// Signs looked for, per line: U+FFFD; `锟斤拷` (UTF-8 replacement bytes read as GBK) and
/// `烫烫烫`/`屯屯屯` (uninitialised memory read as GBK); UTF-8 or GBK read as Latin-1 or Windows-1252
/// (`ÃÂ`, runs of Latin-1 letters such as `æ”¿åºœ` or `Õþ¸®ÐÅ`); box-drawing characters next to CJK or
/// pinyin letters (`ǘ┘`, GBK read at the wrong byte offset); private-use characters; and three
/// or more CJK Extension A ideographs, which are rare in real text.
public enum MojibakeDetector {
    /// One suspicious line.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// One-based line number.
        public let line: Int
        /// Why the line looks garbled.
        public let reason: String

        /// `第 N 行：reason`.
        public var description: String { "第 \(line) 行：\(reason)" }
    }

    /// The suspicious lines of a text, one finding per line (the first reason that applies).
    public static func scan(_ text: String) -> [Finding] {
        var findings: [Finding] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let reason = reason(for: line) { findings.append(Finding(line: offset + 1, reason: reason)) }
        }
        return findings
    }

    /// Why one line looks garbled, or nil.
    public static func reason(for line: Substring) -> String? {
        guard line.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        let scalars = Array(line.unicodeScalars)
        if scalars.contains("\u{FFFD}") { return "含有 U+FFFD：解码时丢失了字节" }
        for marker in ["锟斤拷", "烫烫烫", "屯屯屯"] where line.contains(marker) {
            return "含有“\(marker)”：字节按错误的编码（GBK）解码"
        }
        if let reason = latin1Reason(scalars) { return reason }
        if let reason = boxDrawingReason(scalars) { return reason }
        if scalars.contains(where: { (0xE000...0xF8FF).contains($0.value) }) {
            return "含有私用区字符（GBK 用户自定义区或代码页错误）"
        }
        if scalars.filter({ (0x3400...0x4DBF).contains($0.value) }).count >= 3 {
            return "含有多个罕见的 CJK 扩展 A 区汉字（可能是 GBK 按错位解码）"
        }
        return nil
    }

    /// UTF-8 or GBK read as Latin-1/Windows-1252: `Ã`/`Â` pairs, or a run of three or more
    /// characters in U+0080–U+00FF (plus cp1252 punctuation such as ” ‚ œ) with at least two
    /// accented letters, when such characters make up at least half of the line's non-ASCII text.
    private static func latin1Reason(_ scalars: [Unicode.Scalar]) -> String? {
        func isLatin1Like(_ scalar: Unicode.Scalar) -> Bool {
            (0x80...0xFF).contains(scalar.value) || windows1252Extras.contains(scalar.value)
        }
        var run = 0
        var runLetters = 0
        var suspectRun = false
        var total = 0
        var nonASCII = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar.value >= 0x80 { nonASCII += 1 }
            if (scalar == "Ã" || scalar == "Â"), index + 1 < scalars.count, isLatin1Like(scalars[index + 1]) {
                return "含有“\(scalar)\(scalars[index + 1])”：UTF-8 被按 Latin-1 解码"
            }
            guard isLatin1Like(scalar) else {
                (run, runLetters) = (0, 0)
                continue
            }
            run += 1
            total += 1
            // Accented letters (not × ÷) are what CJK bytes become; real text rarely has them in a row.
            if (0xC0...0xFF).contains(scalar.value), scalar.value != 0xD7, scalar.value != 0xF7 { runLetters += 1 }
            if run >= 3 && runLetters >= 2 { suspectRun = true }
        }
        guard suspectRun, total * 2 >= nonASCII else { return nil }
        return "连续出现 Latin-1 字母：中文文本（UTF-8 或 GBK 字节）被按 Latin-1 或 Windows-1252 解码"
    }

    private static let windows1252Extras: Set<UInt32> = [
        0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017D,
        0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178,
    ]

    /// Box-drawing characters (U+2500–U+257F) touching a pinyin/accented letter (`ǘ┘`), or two or
    /// more touching ideographs. A single ─ between ideographs is a dash some drafters use
    /// (中国─上海), so it is not flagged.
    private static func boxDrawingReason(_ scalars: [Unicode.Scalar]) -> String? {
        func isBox(_ scalar: Unicode.Scalar) -> Bool { (0x2500...0x257F).contains(scalar.value) }
        func isAccented(_ scalar: Unicode.Scalar) -> Bool { (0x00C0...0x024F).contains(scalar.value) }
        var nextToIdeographs = 0
        for (index, scalar) in scalars.enumerated() where isBox(scalar) {
            let neighbours = [index > 0 ? scalars[index - 1] : nil, index + 1 < scalars.count ? scalars[index + 1] : nil]
                .compactMap { $0 }
            if let letter = neighbours.first(where: isAccented) {
                return "框线字符“\(scalar)”紧挨着“\(letter)”：GBK 字节按错误的代码页或错位解码"
            }
            if neighbours.contains(where: TextNormalizer.isHan) { nextToIdeographs += 1 }
        }
        guard nextToIdeographs >= 2 else { return nil }
        return "汉字之间有 \(nextToIdeographs) 个框线字符：GBK 字节按错误的代码页或错位解码"
    }
}
