import Foundation

/// The office's vocabulary: groups of words that name the same thing in everyday speech and in
/// the language of cases and statutes (电子眼 = 电子警察). Read from an editable text file:
///
/// ```
/// # comment
/// 电子眼 = 电子警察, 交通技术监控设备
/// ```
///
/// Each line is one group; every word of the group stands for every other. Words are normalised
/// like all text (traditional → simplified, full-width → half-width).
public struct Thesaurus: Sendable {
    /// A line that could not be read.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// The one-based line number.
        public let line: Int
        /// What is wrong with the line.
        public let message: String
        /// `第 N 行：message`.
        public var description: String { "第 \(line) 行：\(message)" }
    }

    /// The groups, each a list of normalised words.
    public let groups: [[String]]
    private let groupsByWord: [String: [Int]]
    /// The words by their first Unicode scalar, for finding every word of a text in one pass.
    let wordsByFirstScalar: [UInt32: [(word: String, bytes: [UInt8])]]
    /// A digest of the groups: equal for equal thesauri, different after any edit that changes a group.
    public let fingerprint: String

    /// An empty thesaurus.
    public init() { self.init(groups: []) }

    /// A thesaurus of the given groups.
    public init(groups: [[String]]) {
        let normalised = groups.map { group in
            var seen = Set<String>()
            return group.map { TextNormalizer.normalize($0).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && seen.insert($0).inserted }
        }.filter { $0.count >= 2 }
        self.groups = normalised
        var index: [String: [Int]] = [:]
        for (offset, group) in normalised.enumerated() {
            for word in group { index[word, default: []].append(offset) }
        }
        groupsByWord = index
        var byFirst: [UInt32: [(word: String, bytes: [UInt8])]] = [:]
        for word in index.keys.sorted() {
            guard let first = word.unicodeScalars.first?.value else { continue }
            byFirst[first, default: []].append((word, Array(word.utf8)))
        }
        wordsByFirstScalar = byFirst
        fingerprint = String(SHA256.hex(Array(normalised.map { $0.joined(separator: "\u{1F}") }.joined(separator: "\n").utf8)).prefix(16))
    }

    /// Parses thesaurus text; bad lines are returned as problems and skipped.
    public static func parse(_ text: String) -> (thesaurus: Thesaurus, problems: [Problem]) {
        var groups: [[String]] = []
        var problems: [Problem] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let sides = line.split(separator: "=", omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                problems.append(Problem(line: offset + 1, message: "应为“词 = 同义词, 同义词”格式"))
                continue
            }
            let words = sides.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }) }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard words.count >= 2, words.allSatisfy({ !$0.isEmpty }) else {
                problems.append(Problem(line: offset + 1, message: "每组至少需要两个非空的词"))
                continue
            }
            groups.append(words)
        }
        return (Thesaurus(groups: groups), problems)
    }

    /// Loads a thesaurus file; a missing file is an empty thesaurus.
    public static func load(_ url: URL) -> (thesaurus: Thesaurus, problems: [Problem]) {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            return (Thesaurus(), [])
        }
        return parse(text)
    }

    /// The synonyms of each thesaurus word found in `text` (matched as substrings of the normalised
    /// text), as (word found, its synonyms), in order of appearance.
    public func expansions(of text: String) -> [(word: String, synonyms: [String])] {
        scan(TextNormalizer.normalize(text)).sorted { ($0.value.first, $0.key) < ($1.value.first, $1.key) }.map { word, _ in
            var synonyms: [String] = []
            for index in groupsByWord[word] ?? [] { synonyms += groups[index].filter { $0 != word && !synonyms.contains($0) } }
            return (word, synonyms)
        }
    }
}
