import Foundation

/// Every file under `Cases/` is either read or reported: what the library's readers read, what an
/// interrupted writer left behind, and everything else. A file in a record folder that nothing reads
/// (a record in a subfolder of `cases/`, a record ending `.MD`) is a problem: a record would be lost
/// without a word. A stray file elsewhere (`statutes/x.txt`, `notes.txt`) loses nothing and is a warning.
extension LibraryFolder {
    /// The result of walking the library folder.
    public struct Survey: Sendable {
        /// Files in the record folders that nothing reads, by relative path, with why.
        public var problems: [(path: String, problem: RecordProblem)] = []
        /// Other files nothing reads, by relative path, with why.
        public var unread: [(path: String, problem: RecordProblem)] = []
        /// Temporary files of an atomic write (`.NAME.UUID.tmp`), by relative path.
        public var leftovers: [String] = []
    }

    /// Files read at the library root besides record files.
    static let rootFiles: Set<String> = [
        "README.md", LibraryFiles.thesaurus, LibraryFiles.compilationConfig, LibraryFiles.holidays, LibraryFiles.elements,
        LibraryWriteLock.fileName,
    ]
    /// Files read under `statutes/` besides `*.md`.
    static let statuteFiles: Set<String> = ["thesaurus.txt", "domain.txt"]

    /// Walks the library folder and classifies every file (symbolic links are not followed).
    public func survey() -> Survey {
        var survey = Survey()
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return survey }
        let kindFolders = Set(RecordKind.allCases.map(\.folderName))
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            let parts = relative.split(separator: "/").map(String.init)
            guard let name = parts.last else { continue }
            if Self.isAtomicWriteLeftover(name) {
                survey.leftovers.append(relative)
                continue
            }
            if let message = Self.unreadReason(parts: parts, name: name, kindFolders: kindFolders) {
                let item = (relative, RecordProblem(field: nil, message: message))
                if kindFolders.contains(parts[0]) && parts.count > 1 { survey.problems.append(item) } else { survey.unread.append(item) }
            }
        }
        survey.problems.sort { $0.path < $1.path }
        survey.unread.sort { $0.path < $1.path }
        survey.leftovers.sort()
        return survey
    }

    /// Why nothing reads the file at `parts`, or nil when something does.
    private static func unreadReason(parts: [String], name: String, kindFolders: Set<String>) -> String? {
        let top = parts[0]
        if parts.count == 1 {
            return rootFiles.contains(name) ? nil : "不是案例库的文件，不会被读取（记录文件放在 cases/、outcomes/、training/ 下）"
        }
        if kindFolders.contains(top) {
            if parts.count > 2 {
                return "记录文件必须直接放在 \(top)/ 下，子文件夹中的文件不会被读取"
            }
            if name.hasSuffix(".md") { return nil }
            if name.lowercased().hasSuffix(".md") {
                return "扩展名必须是小写 .md，此文件不会被读取（请改名为 \(name.dropLast(3)).md）"
            }
            return "不是记录文件（记录文件名为 <id>.md），不会被读取"
        }
        if top == "statutes" {
            if parts.count == 2, (name.hasSuffix(".md") && !name.hasPrefix(".")) || statuteFiles.contains(name) { return nil }
            return "statutes/ 下只读取 *.md、thesaurus.txt 和 domain.txt，此文件不会被读取"
        }
        if top == "courses" {
            if parts.count == 2, name.hasSuffix(".md") { return nil }
            return "courses/ 下只读取 *.md，此文件不会被读取"
        }
        if top == LibraryFiles.historyFolder {
            if parts.count == 2, name.hasSuffix(".jsonl"), !name.hasPrefix(".") { return nil }
            return "history/ 下只读取 <编号>.jsonl，此文件不会被读取"
        }
        if top == LedgerFolder.folderName {
            if parts.count == 2, name.lowercased().hasSuffix(".csv") { return nil }
            return "ledger/ 下只读取 *.csv，此文件不会被读取"
        }
        return "不是案例库的文件夹，其中的文件不会被读取"
    }

    /// Whether `name` is an atomic writer's temporary file: `.NAME.UUID.tmp`.
    public static func isAtomicWriteLeftover(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let stem = name.dropLast(4)
        guard let dot = stem.lastIndex(of: ".") else { return false }
        return UUID(uuidString: String(stem[stem.index(after: dot)...])) != nil
    }
}

extension LibraryFolder {
    /// Removes the temporary files a dead writer left under the library (`.NAME.UUID.tmp`), but only
    /// while holding `lock`, so that no live writer's file is ever touched.
    /// - Returns: the relative paths removed.
    public func removeLeftovers(holding lock: LibraryWriteLock) -> [String] {
        _ = lock
        var removed: [String] = []
        for path in survey().leftovers {
            if (try? FileManager.default.removeItem(at: root.appendingPathComponent(path))) != nil { removed.append(path) }
        }
        return removed
    }
}
