import Foundation

/// Short and informal names of laws mapped to the titles of the statute files.
///
/// Lookups compare `LawTitle.key`s, so 《条例》, 条例 and 條例 are the same alias.
///
/// ## Text format
/// One alias per line, `alias = canonical title`; `#` starts a comment line; blank lines are
/// ignored; spaces around `=` are trimmed. Several aliases may share a line, separated by `|`:
///
///     # OGI Regulations
///     条例 | 信息公开条例 = 政府信息公开条例
///     《规定》 | 司法解释 = 最高人民法院关于审理政府信息公开行政案件若干问题的规定
///
/// A later line for the same alias replaces an earlier one.
public struct LawAliases: Sendable, Equatable {
    /// Alias key → canonical title (as written in the table, without 中华人民共和国).
    public private(set) var table: [String: String] = [:]

    /// An empty table.
    public init() {}

    /// Reads a table in the text format above.
    ///
    /// - Parameters:
    ///   - text: the table.
    ///   - source: a name for the text (a file path) used in error messages.
    /// - Throws: `LawAliasesError` naming the source and line of the first malformed line.
    public init(parsing text: String, source: String = "aliases") throws {
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let sides = line.split(separator: "=", omittingEmptySubsequences: false)
            let canonical = sides.count == 2 ? sides[1].trimmingCharacters(in: .whitespaces) : ""
            let aliases = sides.count == 2
                ? sides[0].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            guard !canonical.isEmpty, !aliases.isEmpty else {
                throw LawAliasesError(source: source, line: offset + 1, message: "应为“简称 = 法规全称”格式，实为 \"\(line)\"")
            }
            for alias in aliases { setAlias(alias, for: canonical) }
        }
    }

    /// The built-in table for an OGI office of a police bureau.
    public static let builtIn: LawAliases = {
        var aliases = LawAliases()
        let ogi = "政府信息公开条例"
        for alias in ["条例", "信息公开条例", "政府信息公开条例", "政府信息公开条例(2019修订)", "公开条例"] {
            aliases.setAlias(alias, for: ogi)
        }
        let spc = "最高人民法院关于审理政府信息公开行政案件若干问题的规定"
        for alias in ["规定", "司法解释", "政府信息公开司法解释", "政府信息公开案件规定", spc] {
            aliases.setAlias(alias, for: spc)
        }
        for law in ["治安管理处罚法", "行政复议法", "行政诉讼法", "行政复议法实施条例", "保守国家秘密法", "档案法", "个人信息保护法"] {
            aliases.setAlias(law, for: law)
        }
        aliases.setAlias("治安处罚法", for: "治安管理处罚法")
        aliases.setAlias("复议法", for: "行政复议法")
        aliases.setAlias("保密法", for: "保守国家秘密法")
        aliases.setAlias("个保法", for: "个人信息保护法")
        return aliases
    }()

    /// Adds or replaces an alias.
    public mutating func setAlias(_ alias: String, for canonical: String) {
        table[LawTitle.key(alias)] = LawTitle.key(canonical)
    }

    /// Removes an alias.
    public mutating func removeAlias(_ alias: String) {
        table[LawTitle.key(alias)] = nil
    }

    /// The canonical title of a law name: the aliased title when the name is an alias, else the
    /// name's `LawTitle.key` (so an unknown full title still compares equal to a file title).
    public func canonical(_ name: String) -> String {
        let key = LawTitle.key(name)
        return table[key] ?? key
    }

    /// Whether `name` is in the table.
    public func contains(_ name: String) -> Bool { table[LawTitle.key(name)] != nil }

    /// The table in the text format, sorted by alias (loadable with `init(parsing:)`).
    public var text: String {
        table.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "\n") + "\n"
    }
}

/// A malformed line in an alias table.
public struct LawAliasesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The table's source (a file path or a name).
    public let source: String
    /// One-based line number.
    public let line: Int
    /// What is wrong.
    public let message: String

    /// `source:line: message`.
    public var description: String { "\(source):\(line): \(message)" }
}
