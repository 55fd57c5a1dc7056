import CaseLibrary
import Foundation

/// The office's everyday vocabulary mapped to the statutes' wording, read from
/// `Cases/statutes/thesaurus.txt` and stored in the index as Xapian synonyms.
///
/// ## Text format
/// One entry per line, `term = synonym, synonym, …`; `#` starts a comment (a whole line, or the
/// rest of a line); blank lines are ignored. Synonyms may also be separated by `，` or `、`.
/// Terms and synonyms are normalised like index text (traditional → simplified, full-width
/// folded, spaces removed). A term may appear on several lines; its synonyms add up.
/// The mapping is one-way: a question containing the term also looks for the synonyms.
///
///     # the applicant says it is already published
///     登在公报上 = 公开出版物, 已经主动公开
public struct StatuteThesaurus: Sendable, Equatable {
    /// Normalised term → normalised synonyms, in file order.
    public private(set) var entries: [String: [String]] = [:]
    /// The longest term, in characters (how far query-time look-ups need to reach).
    public private(set) var longestTerm = 0

    /// Terms longer than this are rejected: the thesaurus maps words and short phrases.
    public static let maxTermLength = 12

    /// An empty thesaurus.
    public init() {}

    /// Reads the text format above; bad lines are skipped and reported.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - path: the path used in problems.
    /// - Returns: the thesaurus and one problem per bad line (`path:line: message`).
    public static func parse(_ text: String, path: String) -> (thesaurus: StatuteThesaurus, problems: [LocatedProblem]) {
        var thesaurus = StatuteThesaurus()
        var problems: [LocatedProblem] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            func problem(_ message: String) {
                problems.append(LocatedProblem(path: path, line: offset + 1, problem: RecordProblem(field: nil, message: message)))
            }
            let sides = line.split(separator: "=", omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                problem("应为“词 = 同义词, 同义词”格式")
                continue
            }
            let term = normalize(sides[0])
            let synonyms = sides[1].split(whereSeparator: { ",，、".contains($0) }).map(normalize).filter { !$0.isEmpty }
            guard !term.isEmpty, !synonyms.isEmpty else {
                problem("需要一个词和至少一个同义词")
                continue
            }
            guard term.count >= 2, term.count <= maxTermLength else {
                problem("词 \"\(term)\" 的长度应为 2 至 \(maxTermLength) 个字")
                continue
            }
            guard term.allSatisfy(Tokenizer.isWordCharacter) else {
                problem("词 \"\(term)\" 只能由汉字、字母和数字组成（如 打110、未满18岁）：问题中只在这些字符连成的串里查找同义词")
                continue
            }
            thesaurus.add(term, synonyms.filter { $0 != term })
        }
        return (thesaurus, problems)
    }

    /// Adds synonyms of a normalised term.
    public mutating func add(_ term: String, _ synonyms: [String]) {
        var list = entries[term, default: []]
        for synonym in synonyms where !list.contains(synonym) { list.append(synonym) }
        entries[term] = list
        longestTerm = max(longestTerm, term.count)
    }

    /// Every (term, synonym) pair, sorted, for `LibraryIndexer.update(synonyms:)`.
    public var pairs: [(String, String)] {
        entries.keys.sorted().flatMap { term in (entries[term] ?? []).map { (term, $0) } }
    }

    /// The index form of a term: normalised, without whitespace.
    public static func normalize<S: StringProtocol>(_ text: S) -> String {
        String(TextNormalizer.normalize(String(text)).filter { !$0.isWhitespace })
    }
}
