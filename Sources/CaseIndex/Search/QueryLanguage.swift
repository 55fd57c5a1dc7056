import Foundation

/// A search query as typed by a user, taken apart: free words, quoted phrases, exclusions and
/// field filters (`category:历史信息类`, `year:2019..2023`).
public struct ParsedQuery: Sendable, Equatable {
    /// Free words (any may match; more matches rank higher).
    public var words: [String] = []
    /// Quoted phrases (each must match).
    public var phrases: [String] = []
    /// Excluded words and phrases.
    public var excluded: [String] = []
    /// Filters by name, each with one or more accepted values.
    public var filters: [String: [String]] = [:]
    /// A year range from `year:` filters.
    public var years: ClosedRange<Int>?

    /// Whether the query has anything to rank by.
    public var hasText: Bool { !words.isEmpty || !phrases.isEmpty }
}

/// Parses the query language. A query that cannot be parsed gives an `IndexError` with code
/// `.queryParse` and a message that says what to fix.
public enum QueryLanguage {
    /// Filter names accepted as `name:value`.
    public static let filterNames: Set<String> = Set(IndexSchema.filterPrefixes.keys).subtracting(["case"]).union(["year"])

    private static let openQuotes: [Character: Character] = ["\"": "\"", "“": "”", "「": "」", "『": "』", "＂": "＂"]

    /// Parses `text`.
    public static func parse(_ text: String) throws -> ParsedQuery {
        var query = ParsedQuery()
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if isSpace(characters[index]) { index += 1; continue }
            var negated = false
            if characters[index] == "-" || characters[index] == "－" {
                negated = true
                index += 1
                guard index < characters.count, !isSpace(characters[index]) else {
                    throw IndexError(.queryParse, "‘-’ 后面应紧跟要排除的词或短语")
                }
            }
            if let close = openQuotes[characters[index]] {
                let (phrase, next) = try readQuoted(characters, from: index + 1, close: close)
                index = next
                if negated { query.excluded.append(phrase) } else { query.phrases.append(phrase) }
                continue
            }
            var end = index
            while end < characters.count, !isSpace(characters[end]) { end += 1 }
            var token = String(characters[index..<end])
            index = end
            if let (name, rawValue) = splitFilter(token) {
                var value = rawValue
                if let first = value.first, let close = openQuotes[first] {
                    // A quoted filter value may contain spaces: read on to the closing quote.
                    let start = index - token.count + token.count - value.count
                    let (quoted, next) = try readQuoted(characters, from: start + 1, close: close)
                    value = quoted
                    index = next
                }
                guard !negated else { throw IndexError(.queryParse, "筛选条件不能取反：-\(name):\(value)") }
                try addFilter(name: name, value: value, to: &query)
                continue
            }
            token = token.trimmingPunctuation()
            guard !token.isEmpty else { continue }
            if negated { query.excluded.append(token) } else { query.words.append(token) }
        }
        return query
    }

    private static func readQuoted(_ characters: [Character], from start: Int, close: Character) throws -> (String, Int) {
        var end = start
        while end < characters.count, characters[end] != close { end += 1 }
        guard end < characters.count else { throw IndexError(.queryParse, "引号未闭合：请补上结尾的 \(close)") }
        let phrase = String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
        guard !phrase.isEmpty else { throw IndexError(.queryParse, "引号中没有内容：\(close)\(close)") }
        return (phrase, end + 1)
    }

    /// Splits `name:value` when `name` is ASCII letters; returns nil for ordinary words (and for
    /// pasted addresses such as `http://…`, which are text).
    private static func splitFilter(_ token: String) -> (String, String)? {
        if token.contains("://") { return nil }
        guard let colon = token.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let name = String(token[..<colon])
        let value = String(token[token.index(after: colon)...])
        if let english = IndexSchema.chineseFilterNames[name] { return translate(value, for: english) }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return (name.lowercased(), value)
    }

    /// Chinese values of Chinese field names: 种类:案例 → case; 结果:纠正 → the `effect` filter
    /// (corrected outcomes and cases whose status is corrected). Other values pass unchanged.
    private static func translate(_ value: String, for name: String) -> (String, String) {
        switch name {
        case "kind":
            let kinds = ["案例": "case", "案件": "case", "复议诉讼": "outcome", "复议诉讼结果": "outcome", "培训": "training",
                         "培训材料": "training", "法条": "statute", "法规": "statute", "条文": "statute"]
            return (name, kinds[value] ?? value)
        case "result":
            return effectNames[value].map { ("effect", $0) } ?? (name, value)
        default:
            return (name, value)
        }
    }

    /// `结果:` values that mean a status or effect rather than one decision's result.
    static let effectNames = ["纠正": "corrected", "被纠正": "corrected", "维持": "upheld", "其他": "other", "其他结果": "other",
                              "未经复议诉讼": "unchallenged"]

    private static func addFilter(name: String, value: String, to query: inout ParsedQuery) throws {
        guard filterNames.contains(name) else {
            throw IndexError(.queryParse, "未知字段 ‘\(name)’；可用字段：\(filterNames.sorted().joined(separator: "、"))")
        }
        guard !value.isEmpty else { throw IndexError(.queryParse, "‘\(name):’ 后面需要填写值") }
        if name == "year" {
            let range = try parseYears(value)
            if let existing = query.years {
                let low = max(existing.lowerBound, range.lowerBound), high = min(existing.upperBound, range.upperBound)
                guard low <= high else { throw IndexError(.queryParse, "年份条件没有交集") }
                query.years = low...high
            } else {
                query.years = range
            }
            return
        }
        query.filters[name, default: []].append(value)
    }

    /// Parses `2020`, `2019..2023`, `2019..` or `..2020` (also with `-` or `~` between years).
    public static func parseYears(_ text: String) throws -> ClosedRange<Int> {
        let normalized = TextNormalizerBridge.normalize(text).replacingOccurrences(of: "~", with: "..")
        let parts: [String]
        if normalized.contains("..") {
            parts = normalized.components(separatedBy: "..")
        } else if normalized.count == 9, normalized.dropFirst(4).first == "-" {
            parts = [String(normalized.prefix(4)), String(normalized.suffix(4))]
        } else {
            parts = [normalized, normalized]
        }
        guard parts.count == 2 else { throw IndexError(.queryParse, "年份应写作 YYYY 或 YYYY..YYYY，收到 ‘\(text)’") }
        let low = parts[0].isEmpty ? 1900 : Int(parts[0])
        let high = parts[1].isEmpty ? 2999 : Int(parts[1])
        guard let low, let high, (1000...9999).contains(low), (1000...9999).contains(high) else {
            throw IndexError(.queryParse, "年份应写作 YYYY 或 YYYY..YYYY，收到 ‘\(text)’")
        }
        guard low <= high else { throw IndexError(.queryParse, "年份范围 \(low)..\(high) 起止颠倒") }
        return low...high
    }

    private static func isSpace(_ character: Character) -> Bool { character.isWhitespace }
}

private extension String {
    func trimmingPunctuation() -> String {
        String(drop(while: { $0.isPunctuation }).reversed().drop(while: { $0.isPunctuation }).reversed())
    }
}
