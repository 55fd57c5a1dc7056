import CaseLibrary
import Foundation

/// Copies statute Markdown files into `Cases/statutes/`, one file per law version, named
/// `<title>(<effective date>).md`. The lawrefbook Markdown is kept byte for byte.
public struct StatuteImporter: Sendable {
    /// What an import did.
    public struct Report: Sendable {
        /// Library-relative paths written (`statutes/中华人民共和国政府信息公开条例(2019-05-15).md`).
        public var written: [String] = []
        /// Input files left out (unreadable, not UTF-8, or without articles).
        public var skipped: [String] = []
        /// Everything the parser remarked, as `file:line: message` (input paths).
        public var problems: [LocatedProblem] = []
    }

    /// The library root (`Cases/`).
    public let root: URL

    /// Makes an importer writing into `root/statutes/`.
    public init(root: URL) { self.root = root }

    /// The `.md` files named by `paths`: files as given, folders searched recursively, sorted.
    /// - Throws: `ServiceError.badInput` for a path that does not exist.
    public static func markdownFiles(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ServiceError.badInput("\(path)：文件或文件夹不存在")
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".md") { found.append((path as NSString).appendingPathComponent(relative)) }
            }
            files += found.sorted()
        }
        return files
    }

    /// Imports files. A file that cannot be used is reported and skipped; the rest are written.
    /// A version already in the library (same title, subtitle and effective date) is replaced.
    ///
    /// - Parameters:
    ///   - files: statute Markdown files.
    ///   - progress: called with (done, total).
    /// - Returns: what was written and every problem met.
    public func importFiles(_ files: [String], progress: ((Int, Int) -> Void)? = nil) -> Report {
        var report = Report()
        var written = Set<String>()
        // Holding the library's write lock keeps an index run from taking our temporary files for a dead writer's.
        let lock = try? LibraryWriteLock.acquire(root)
        defer { withExtendedLifetime(lock) {} }
        for (offset, file) in files.enumerated() {
            defer { progress?(offset + 1, files.count) }
            func skip(_ line: Int, _ message: String) {
                report.problems.append(LocatedProblem(path: file, line: line, problem: RecordProblem(field: nil, message: message)))
                report.skipped.append(file)
            }
            guard let data = FileManager.default.contents(atPath: file) else { skip(1, "无法读取文件"); continue }
            guard let text = String(data: data, encoding: .utf8) else { skip(1, "文件不是有效的 UTF-8 编码"); continue }
            let outcome = StatuteParser.parse(text, path: file)
            report.problems += outcome.issues.map {
                LocatedProblem(path: file, line: max($0.line, 1), problem: RecordProblem(field: nil, message: $0.message))
            }
            guard !outcome.document.articles.isEmpty else { report.skipped.append(file); continue }
            let relative = "\(StatuteSources.folderName)/\(Self.fileName(for: outcome.document))"
            do {
                try AtomicFile.write(data, to: root.appendingPathComponent(relative))
                if written.insert(relative).inserted { report.written.append(relative) }
            } catch {
                skip(1, "\(error)")
            }
        }
        return report
    }

    /// `<sanitised title[ subtitle]>(<effective date>).md`; `undated` when the file has no date.
    public static func fileName(for document: LawDocument) -> String {
        var name = document.title
        if let subtitle = document.subtitle { name += " " + subtitle }
        return "\(sanitize(name))(\(document.effectiveDate ?? "undated")).md"
    }

    /// A title made safe as a file name: path separators, control and shell-hostile characters
    /// become `_`, surrounding spaces and dots are dropped, and the name is cut to 80 characters.
    public static func sanitize(_ title: String) -> String {
        let unsafe: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|", "\0"]
        var name = String(title.map { unsafe.contains($0) || $0.isNewline || ($0.asciiValue.map { $0 < 32 } ?? false) ? "_" : $0 })
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " .\t"))
        if name.isEmpty { name = "untitled" }
        return String(name.prefix(80))
    }
}
