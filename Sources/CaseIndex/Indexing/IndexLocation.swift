import Foundation
import Glibc

/// The folder that holds the index (`Index/` by default).
///
/// Layout: each full build is a Xapian database in its own generation folder (`db-1`, `db-2`, …)
/// and the file `XAPIANDB` — a Xapian stub database file — names the current one. Readers open the
/// folder itself and Xapian follows the stub. A rebuild writes a new generation and then replaces
/// the stub with one `rename`, so a reader sees the old index or the new one, never a half-built one.
/// The stub may also list remote shards (`remote 127.0.0.1:7000`) served by `xapian-tcpsrv`.
public struct IndexLocation: Sendable {
    /// The index folder.
    public let root: URL

    /// An index at `root`: an index folder, or a stub file listing shards (read-only).
    public init(root: URL) { self.root = root }

    /// The path readers open.
    public var readPath: String { root.path }

    /// What a reader opens: the visible partition (the folder, through its `XAPIANDB` stub), or —
    /// for reviewers — both partitions through the `XAPIANDB.all` stub (when the index has one).
    public func readPath(includeHidden: Bool) -> String {
        guard includeHidden, !isStubFile, FileManager.default.fileExists(atPath: allStubURL.path) else { return readPath }
        return allStubURL.path
    }

    /// The stub listing both partitions of the current generation.
    var allStubURL: URL { root.appendingPathComponent("XAPIANDB.all") }

    /// What a full build's folder is called until it is compacted into its generation (`db-3.build`).
    static let buildSuffix = ".build"

    /// The hidden partition of the generation database at `path`: drafts, unreviewed and restricted
    /// cases, outcomes of hidden cases and outcomes waiting for approval.
    static func hiddenPath(of path: String) -> String { path + "/hidden" }

    /// The stub: `XAPIANDB` inside the folder, or `root` itself when it is a stub file listing
    /// shards (local `glass PATH` and remote `remote HOST:PORT` lines) — readable, not writable.
    private var stubURL: URL { isStubFile ? root : root.appendingPathComponent("XAPIANDB") }

    /// Whether `root` is a stub file rather than an index folder.
    public var isStubFile: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// The current generation folder's name (`db-3`), when the stub names a local glass database.
    public func currentGeneration() -> String? {
        guard let text = try? String(contentsOf: stubURL, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2, ["glass", "auto"].contains(parts[0]), parts[1].hasPrefix("db-"), !parts[1].contains("/") {
                return parts[1]
            }
        }
        return nil
    }

    /// Whether an index exists here.
    public var exists: Bool { FileManager.default.fileExists(atPath: stubURL.path) }

    /// The stub's content: what readers check to see whether a rebuild swapped generations.
    public func stubContents() -> String { (try? String(contentsOf: stubURL, encoding: .utf8)) ?? "" }

    /// The text of the stub a reader of `includeHidden` follows, to notice a swap.
    /// For a sharded index, the shards' own stubs follow, so a shard's rebuild is noticed too.
    public func stubContents(includeHidden: Bool) -> String {
        let url = includeHidden && FileManager.default.fileExists(atPath: allStubURL.path) ? allStubURL : stubURL
        let own = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return own + shardFolders().map { $0.stubContents(includeHidden: includeHidden) }.joined()
    }

    /// The path of the current generation, creating the first one when there is none.
    func currentDatabasePath() throws -> (path: String, created: Bool) {
        if let generation = currentGeneration() {
            return (root.appendingPathComponent(generation).path, false)
        }
        let generation = nextGeneration()
        return (root.appendingPathComponent(generation).path, true)
    }

    /// A fresh generation folder name, larger than any present.
    func nextGeneration() -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        let numbers = names.compactMap { $0.hasPrefix("db-") ? Int($0.dropFirst(3)) : nil }
        return "db-\((numbers.max() ?? 0) + 1)"
    }

    /// Points the stub at `generation` (atomically) and removes every other generation folder.
    func activate(_ generation: String) throws {
        try AtomicFileWriter.write("glass \(generation)\nglass \(generation)/hidden\n", to: allStubURL)
        try AtomicFileWriter.write("glass \(generation)\n", to: stubURL)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names where name.hasPrefix("db-") && name != generation {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
    }

    /// Removes what a dead writer left: generation folders other than the one the stub names (a
    /// killed rebuild's partial `db-N` or `db-N.build`) and the stub's temporary files (`.XAPIANDB.UUID.tmp`).
    /// Call only while holding the write lock, so no live writer's files are touched.
    /// - Returns: the names removed.
    func removeLeftovers() -> [String] {
        guard !isStubFile else { return [] }
        let current = currentGeneration()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        var removed: [String] = []
        for name in names.sorted() {
            let generation = name.hasPrefix("db-") && Int(name.dropFirst(3)) != nil && name != current
            let build = name.hasPrefix("db-") && name.hasSuffix(Self.buildSuffix)
            let temporary = name.hasPrefix(".XAPIANDB.") && name.hasSuffix(".tmp")
            guard generation || build || temporary else { continue }
            if (try? FileManager.default.removeItem(at: root.appendingPathComponent(name))) != nil { removed.append(name) }
        }
        return removed
    }

    /// Runs `body` holding an exclusive lock on the index folder, so two writers never interleave.
    func withWriteLock<T>(_ body: () throws -> T) throws -> T {
        guard !isStubFile else {
            throw IndexError(.invalidArgument, "\(root.path) 是列出各分片的存根文件：请分别为每个分片的文件夹建索引")
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let lockPath = root.appendingPathComponent(".lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw IndexError(.databaseLocked, "无法打开锁文件 \(lockPath)") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw IndexError(.databaseLocked, "另一个进程正在写入索引 \(root.path)，请稍后再试")
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
