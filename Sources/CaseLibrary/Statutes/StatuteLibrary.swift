import Foundation

/// A set of statute versions, looked up by law title (or alias) and date.
///
/// Each law may have several versions (行政复议法 2017 and 2023); `resolve(law:article:on:)` picks
/// the version in force on a date: the latest whose effective date is on or before it, or the
/// earliest version when the date precedes them all.
public struct StatuteLibrary: Sendable {
    /// The alias table used to read law names.
    public var aliases: LawAliases
    /// Title key → versions sorted by effective date (undated first), then path.
    private var versionsByKey: [String: [LawDocument]] = [:]

    /// Makes a library from parsed documents.
    ///
    /// - Parameters:
    ///   - documents: the documents; each is filed under the key of its title and of its file name.
    ///   - aliases: the alias table (the built-in one by default).
    public init(documents: [LawDocument] = [], aliases: LawAliases = .builtIn) {
        self.aliases = aliases
        for document in documents { add(document) }
    }

    /// Reads every `.md` file under a folder.
    ///
    /// - Parameters:
    ///   - directory: the folder (e.g. `../shared/corpora/lawrefbook`).
    ///   - aliases: the alias table.
    /// - Returns: the library and every issue met while parsing.
    /// - Throws: `StatuteIssue` when the folder cannot be listed or a file cannot be read.
    public static func load(directory: String, aliases: LawAliases = .builtIn) throws -> (
        library: StatuteLibrary, issues: [StatuteIssue]
    ) {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw StatuteIssue(path: directory, line: 0, message: "无法列出文件夹内容")
        }
        var library = StatuteLibrary(aliases: aliases)
        var issues: [StatuteIssue] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".md") else { continue }
            let outcome = try StatuteParser.parseFile(atPath: (directory as NSString).appendingPathComponent(relative))
            library.add(outcome.document)
            issues += outcome.issues
        }
        return (library, issues)
    }

    /// Adds a document as one more version of its law.
    public mutating func add(_ document: LawDocument) {
        var keys = [LawTitle.key(document.title)]
        let fileKey = LawTitle.key(StatuteParser.fileNameTitle(document.path))
        if !fileKey.isEmpty && !keys.contains(fileKey) { keys.append(fileKey) }
        for key in keys {
            var versions = versionsByKey[key, default: []]
            versions.append(document)
            versions.sort { ($0.effectiveDate ?? "", $0.path) < ($1.effectiveDate ?? "", $1.path) }
            versionsByKey[key] = versions
        }
    }

    /// The number of distinct title keys.
    public var lawCount: Int { versionsByKey.count }

    /// The versions of a law, oldest first; empty when the law is unknown.
    ///
    /// - Parameter law: a title, a full title with 中华人民共和国, a 《》-quoted name or an alias.
    public func versions(of law: String) -> [LawDocument] {
        versionsByKey[aliases.canonical(law)] ?? versionsByKey[LawTitle.key(law)] ?? []
    }

    /// The version of a law in force on a date.
    ///
    /// - Parameters:
    ///   - law: the law's name (see `versions(of:)`).
    ///   - date: `YYYY-MM-DD`; nil means the latest version.
    /// - Returns: the latest version whose effective date is on or before `date`; the earliest
    ///   version when none is; nil when the law is unknown.
    public func document(for law: String, on date: String? = nil) -> LawDocument? {
        let versions = versions(of: law)
        guard let date else { return versions.last }
        return versions.last { ($0.effectiveDate ?? "") <= date } ?? versions.first
    }

    /// The version of a law in force on a date, strictly: nil when the date precedes every version
    /// the library has (the version then in force is not in the library), unlike `document(for:on:)`.
    ///
    /// - Parameters:
    ///   - law: the law's name (see `versions(of:)`).
    ///   - date: `YYYY-MM-DD`; nil means the latest version.
    /// - Returns: the latest version whose effective date is on or before `date` (an undated version
    ///   counts as always in force), or nil.
    public func document(for law: String, inForceOn date: String?) -> LawDocument? {
        let versions = versions(of: law)
        guard let date else { return versions.last }
        return versions.last { ($0.effectiveDate ?? "") <= date }
    }

    /// The text of an article of a law as in force on a date.
    ///
    /// - Parameters:
    ///   - law: the law's name (see `versions(of:)`).
    ///   - article: the article number (第十五条 → 15).
    ///   - date: `YYYY-MM-DD`; nil means the latest version.
    /// - Returns: the article, or nil when the law is unknown or that version has no such article.
    ///   A law split over several files with the same effective date (民法典 by 编) is searched
    ///   across all of them.
    public func resolve(law: String, article: Int, on date: String? = nil) -> StatuteArticle? {
        guard let chosen = document(for: law, on: date) else { return nil }
        if let found = chosen.article(article) { return found }
        return versions(of: law).lazy.filter { $0.effectiveDate == chosen.effectiveDate }.compactMap { $0.article(article) }.first
    }
}
