import Foundation

/// A record read from its file, with where it came from.
public struct StoredRecord: Sendable {
    /// The record.
    public let record: Record
    /// The file's path relative to the library root (`cases/2023-XH-0012.md`).
    public let relativePath: String
    /// A key of the file's bytes (`SHA256.inlineKey`, kept without an allocation): what
    /// incremental indexing compares.
    public let contentHash: String
}

/// The result of reading a library: every valid record and every problem, located.
public struct LibraryContents: Sendable {
    /// Records that passed every check, sorted by path.
    public internal(set) var records: [StoredRecord]
    /// Every problem found, as `path:line: message`, sorted by path and line.
    public let problems: [LocatedProblem]
    /// Relative paths of files that had problems (they are left out of `records`).
    public let rejectedPaths: Set<String>
    /// Things worth telling that are not errors: files outside the record folders that nothing reads,
    /// and temporary files of an interrupted or running writer (`.NAME.md.UUID.tmp`), which the next
    /// writing command removes.
    public var warnings: [LocatedProblem] = []

    /// The records themselves.
    public var allRecords: [Record] { records.map(\.record) }

    /// Hands the records over, leaving none here: a caller that lets go of them one by one (as
    /// `RecordDocuments.sources(records:)` does) frees each as it goes.
    public mutating func takeRecords() -> [StoredRecord] {
        defer { records = [] }
        return records
    }
}

/// The `Cases/` folder: one file per record under `cases/`, `outcomes/` and `training/`.
/// Other folders (`statutes/`, `courses/`) are read by their own services.
public struct LibraryFolder: Sendable {
    /// The library root.
    public let root: URL

    /// A library folder at `root` (the `Cases/` folder).
    public init(root: URL) { self.root = root }

    /// Reads and checks every record file. A bad file never hides the others' problems; a file with
    /// a problem is reported and left out, and cross-record rules (unique ids, references) are
    /// checked over the files that parsed.
    /// - Parameter slim: keep of each record only the fields that relate records to each other (see
    ///   `Record.slim`): what indexing needs to know of the others, so that a library of a million
    ///   records fits in memory; `readRecord(at:)` reads one whole again. The checks are the same;
    ///   no field lines are kept, and the few files with a problem between records are read again
    ///   to locate it.
    public func load(slim: Bool = false) -> LibraryContents {
        typealias Parsed = (path: String, hash: String, record: Record, lines: [String: Int])
        var parsed: [Parsed] = []
        var problems: [LocatedProblem] = []
        var rejected = Set<String>()
        let survey = survey()
        for (path, problem) in survey.problems {
            problems.append(LocatedProblem(path: displayPath(path), line: 1, problem: problem))
            rejected.insert(path)
        }
        // Files are read and parsed on every core; everything after keeps their sorted order.
        let files = ConcurrentMap.map(recordFilePaths()) { path -> (path: String, parsed: Parsed?, problems: [LocatedProblem]) in
            let (data, result, fileProblems) = read(path)
            guard let data, let result, let record = result.record, fileProblems.isEmpty else { return (path, nil, fileProblems) }
            // A slim load keeps no field lines: the few files with a problem between records are read again.
            return (path, slim ? (path, SHA256.inlineKey(bytes: data), record.slim, [:]) : (path, SHA256.inlineKey(bytes: data), record, result.lines), [])
        }
        for file in files {
            problems += file.problems
            if let item = file.parsed { parsed.append(item) } else { rejected.insert(file.path) }
        }
        let checked = LibraryRules.check(parsed.map { ($0.record, displayPath($0.path)) }) { offset in
            slim ? read(parsed[offset].path).parsed?.lines ?? [:] : parsed[offset].lines
        }
        problems += checked.problems
        var records: [StoredRecord] = []
        for (offset, item) in parsed.enumerated() {
            if checked.rejected.contains(offset) {
                rejected.insert(item.path)
            } else {
                records.append(StoredRecord(record: item.record, relativePath: item.path, contentHash: item.hash))
            }
        }
        problems.sort { ($0.path, $0.line) < ($1.path, $1.line) }
        var contents = LibraryContents(records: records, problems: problems, rejectedPaths: rejected)
        contents.warnings = survey.unread.map { LocatedProblem(path: displayPath($0.path), line: 1, problem: $0.problem) }
            + survey.leftovers.map {
                LocatedProblem(path: displayPath($0), line: 1, problem: RecordProblem(
                    field: nil, message: "写入中断（或正在写入）留下的临时文件；下次 index 或 import 会清理"))
            }
        return contents
    }

    /// The record in the file at `relativePath`, whole; nil when it cannot be read or has a problem
    /// (`load` says which).
    public func readRecord(at relativePath: String) -> Record? {
        let (_, result, problems) = read(relativePath)
        return problems.isEmpty ? result?.record : nil
    }

    /// Reads and parses one record file, checking what concerns the file alone (its size, its bytes,
    /// its fields, that the record's id belongs at its path); the problems found, located.
    private func read(_ path: String) -> (data: Data?, parsed: RecordFileParser.Result?, problems: [LocatedProblem]) {
        let display = displayPath(path)
        func problem(_ line: Int, _ problem: RecordProblem) -> (Data?, RecordFileParser.Result?, [LocatedProblem]) {
            (nil, nil, [LocatedProblem(path: display, line: line, problem: problem)])
        }
        let full = root.appendingPathComponent(path).path
        if let size = (try? FileManager.default.attributesOfItem(atPath: full))?[.size] as? Int,
            let tooLarge = RecordLimits.recordSizeProblem(size)
        {
            return problem(1, tooLarge)
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            return problem(1, RecordProblem(field: nil, message: "无法读取文件"))
        }
        let text: String
        switch UTF8Check.decode(data) {
        case .success(let decoded): text = decoded
        case .failure(let bad): return problem(bad.line, RecordProblem(field: nil, message: "文件不是有效的 UTF-8 编码"))
        }
        let result = RecordFileParser.parse(text)
        var problems = result.problems.map { LocatedProblem(path: display, line: $0.line, problem: $0.problem) }
        if let record = result.record, RecordFile.relativePath(kind: record.kind, id: record.id) != path {
            let expected = RecordFile.relativePath(kind: record.kind, id: record.id)
            problems.append(LocatedProblem(path: display, line: result.lines["id"] ?? 1, problem: RecordProblem(
                field: "id", message: "该编号的 \(record.kind.rawValue) 记录应位于 \(expected)")))
        }
        return (data, result, problems)
    }

    /// Writes a record to its file atomically, replacing the record with the same id and kind.
    /// - Returns: the relative path written.
    /// - Throws: `RecordProblem` when a record of another kind already has this id (ids are unique
    ///   across kinds; nothing is written or removed); `AtomicFile.WriteError` when writing fails.
    @discardableResult
    public func write(_ record: Record) throws -> String {
        for kind in RecordKind.allCases where kind != record.kind {
            let other = RecordFile.relativePath(kind: kind, id: record.id)
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(other).path) {
                throw RecordProblem(field: "id", message: "编号 \(record.id) 已被 \(kind.rawValue) 记录（\(other)）使用；各类记录的编号不能重复")
            }
        }
        let path = RecordFile.relativePath(kind: record.kind, id: record.id)
        try AtomicFile.write(RecordFile.render(record), to: root.appendingPathComponent(path))
        return path
    }

    /// The relative paths of every record file, sorted.
    public func recordFilePaths() -> [String] {
        var paths: [String] = []
        for kind in RecordKind.allCases {
            let folder = root.appendingPathComponent(kind.folderName)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            // Every record file; only the atomic writer's temporary files (`.NAME.UUID.tmp`) are skipped.
            for name in names where name.hasSuffix(".md") {
                paths.append("\(kind.folderName)/\(name)")
            }
        }
        return paths.sorted()
    }

    /// A path as shown in messages: the library root's path joined with the relative path.
    public func displayPath(_ relativePath: String) -> String {
        root.appendingPathComponent(relativePath).path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
    }
}
