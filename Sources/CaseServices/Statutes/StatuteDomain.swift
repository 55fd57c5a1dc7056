import CaseLibrary
import Foundation

/// The laws of the office's work, read from `Cases/statutes/domain.txt`: the prior of the
/// statute ranking (see `StatuteWeights.coreLawBoost` and `relatedLawBoost`).
///
/// ## Text format
/// Lines `core = law, law` and `related = law, law`; `#` starts a comment; a law is named by its
/// title, with or without 中华人民共和国 (compared by `LawTitle.key`). Several lines add up. Lines
/// `kind NAME = wording, wording => law 第X条, law 第Y条` name a kind of question and the provisions
/// that govern it (`StatuteQuestionKind`).
public struct StatuteDomain: Sendable, Equatable {
    /// How close a law is to the office's work.
    public enum Tier: String, Sendable {
        case core, related
    }

    /// Law title key → tier.
    public private(set) var tiers: [String: Tier] = [:]
    /// Kinds of question and the provisions governing them (`kind` lines).
    public private(set) var questionKinds: [StatuteQuestionKind] = []
    /// How many kinds have a plain wording with each character pair: a pair many kinds share (能不,
    /// 申请, 公开) is how questions are put, not what one kind is about (see `StatuteQuestionKind.nearness`).
    public private(set) var kindsByPair: [String: Int] = [:]

    /// The domain file inside `Cases/statutes/`.
    public static let fileName = String(LibraryFiles.statuteDomain.dropFirst(LibraryFiles.statutesFolder.count + 1))

    /// An empty domain (no prior).
    public init() {}

    /// A domain from lists of titles (and question kinds).
    public init(core: [String], related: [String] = [], questionKinds: [StatuteQuestionKind] = []) {
        for law in related { tiers[LawTitle.key(law)] = .related }
        for law in core { tiers[LawTitle.key(law)] = .core }
        self.questionKinds = questionKinds
        kindsByPair = Self.kindsByPair(questionKinds)
    }

    private static func kindsByPair(_ kinds: [StatuteQuestionKind]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for kind in kinds { for pair in kind.plainPairs { counts[pair, default: 0] += 1 } }
        return counts
    }

    /// The kinds `question` is of.
    public func kinds(of question: String) -> [StatuteQuestionKind] {
        let normalised = TextNormalizer.normalize(question)
        let prepared = PreparedText(normalised)
        return questionKinds.filter { $0.matches(prepared) }
    }

    /// The tier of a law, by title.
    public func tier(of law: String) -> Tier? { tiers[LawTitle.key(law)] }

    /// The title keys of every law with a tier, sorted.
    public var laws: [String] { tiers.keys.sorted() }

    /// Reads the text format; bad lines are reported as `path:line: message`.
    public static func parse(_ text: String, path: String) -> (domain: StatuteDomain, problems: [LocatedProblem]) {
        var domain = StatuteDomain()
        var problems: [LocatedProblem] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let sides = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if sides.count == 2, sides[0].hasPrefix("kind ") {
                let name = sides[0].dropFirst("kind ".count).trimmingCharacters(in: .whitespaces)
                switch StatuteQuestionKind.parse(name: name, definition: sides[1]) {
                case let .success(kind) where domain.questionKinds.contains { $0.name == kind.name }:
                    // A result names its kinds, and a kind's strength is read by name: two lines under
                    // one name would pass for one kind.
                    problems.append(LocatedProblem(path: path, line: offset + 1, problem: RecordProblem(
                        field: nil, message: "问题类型“\(kind.name)”重名：前面已有同名的问题类型，请改用不同的名称")))
                case let .success(kind): domain.questionKinds.append(kind)
                case let .failure(problem): problems.append(LocatedProblem(path: path, line: offset + 1, problem: problem))
                }
                continue
            }
            guard sides.count == 2, let tier = Tier(rawValue: sides[0]) else {
                problems.append(LocatedProblem(path: path, line: offset + 1, problem: RecordProblem(
                    field: nil, message: "应为“core = 法规, 法规”或“related = 法规, 法规”格式")))
                continue
            }
            for law in sides[1].split(whereSeparator: { ",，、".contains($0) }) {
                let key = LawTitle.key(String(law))
                if !key.isEmpty, domain.tiers[key] != .core { domain.tiers[key] = tier }
            }
        }
        // Counted once the kinds are all read (not on every append: 500 kinds made that quadratic).
        domain.kindsByPair = Self.kindsByPair(domain.questionKinds)
        return (domain, problems)
    }

    /// Reads `root/statutes/domain.txt`; an empty domain when the file is absent.
    public static func load(from root: URL) -> (domain: StatuteDomain, problems: [LocatedProblem]) {
        let path = "\(StatuteSources.folderName)/\(fileName)"
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            return (StatuteDomain(), [])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (StatuteDomain(), [LocatedProblem(path: path, line: 1, problem: RecordProblem(field: nil, message: "文件不是有效的 UTF-8 编码"))])
        }
        return parse(text, path: path)
    }
}
