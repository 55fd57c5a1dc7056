import Foundation

/// Brings a sharded index up to date: each source goes to the shard its id hashes to, and every
/// shard is an ordinary index folder that a ``LibraryIndexer`` of its own updates — incrementally
/// or by a rebuild — on a thread of its own (Xapian's writers are independent), all at once.
///
/// A source is placed by the FNV-1a hash of its first document's id (a record file yields one
/// document, its record; a statute file goes whole to the shard of its first article), modulo the
/// number of shards, so a record stays in its shard from run to run, and each shard drops what is
/// no longer placed in it (a changed count of shards moves records between shards correctly).
/// See `IndexLocation+Shards.swift` for the layout and its stubs.
///
/// A rebuild swaps each shard's generation atomically, one shard after another: while it runs a
/// reader may see some shards rebuilt and others not (the same records either way).
public struct ShardedIndexer: Sendable {
    /// The index folder that holds the shards.
    public let location: IndexLocation
    /// How many shards to write (at least 2).
    public let shardCount: Int

    /// An indexer writing `shardCount` shards under `location`.
    public init(location: IndexLocation, shardCount: Int) {
        self.location = location
        self.shardCount = max(2, shardCount)
    }

    /// The shard (0..<count) for a document id: FNV-1a (32 bits) of its UTF-8 bytes, modulo `count`.
    public static func shard(of id: String, count: Int) -> Int {
        var hash: UInt32 = 0x811C_9DC5
        for byte in id.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return Int(hash % UInt32(max(1, count)))
    }

    /// The shard a source goes to.
    static func shard(of source: IndexSource, count: Int) -> Int {
        shard(of: source.documentIDs.first ?? source.relativePath, count: count)
    }

    /// Updates every shard (in parallel) and then points the folder's stubs at them.
    /// - Parameters: as ``LibraryIndexer/update(sources:rebuild:synonyms:progress:)``; the synonyms
    ///   are stored in every shard (each shard is a complete index of its records).
    /// - Returns: the shards' reports added up, with the document count of the whole index.
    public func update(sources: [IndexSource], rebuild: Bool = false, synonyms: [(String, String)] = [],
                       progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> IndexUpdateReport {
        try location.withWriteLock {
            var parts = Array(repeating: [IndexSource](), count: shardCount)
            for source in sources { parts[Self.shard(of: source, count: shardCount)].append(source) }
            let tally = ShardTally(shards: shardCount, total: sources.count, progress: progress)
            let group = DispatchGroup()
            for index in 0..<shardCount {
                let shard = location.shard(index), sources = parts[index]
                group.enter()
                let thread = Thread {
                    defer { group.leave() }
                    tally.finish(index, Result {
                        try LibraryIndexer(location: shard).update(sources: sources, rebuild: rebuild, synonyms: synonyms) {
                            done, _ in tally.advance(index, to: done)
                        }
                    })
                }
                thread.stackSize = 4 << 20
                thread.start()
            }
            group.wait()
            var report = IndexUpdateReport()
            for result in tally.results {
                let shardReport = try result.get()
                report.added += shardReport.added
                report.updated += shardReport.updated
                report.removed += shardReport.removed
                report.unchanged += shardReport.unchanged
                report.wroteIndex = report.wroteIndex || shardReport.wroteIndex
                report.rebuilt = report.rebuilt || shardReport.rebuilt
            }
            let hadOtherLayout = location.shardCount != shardCount
            try location.activateShards(shardCount)
            report.wroteIndex = report.wroteIndex || hadOtherLayout
            report.documentCount = try XapianDatabase(path: location.readPath(includeHidden: true)).documentCount
            return report
        }
    }
}

/// The shards' results and progress, shared by their threads.
private final class ShardTally: @unchecked Sendable {
    private let lock = NSLock()
    private var done: [Int]
    private let total: Int
    private let progress: (@Sendable (Int, Int) -> Void)?
    private(set) var results: [Result<IndexUpdateReport, any Error>]

    init(shards: Int, total: Int, progress: (@Sendable (Int, Int) -> Void)?) {
        done = Array(repeating: 0, count: shards)
        results = Array(repeating: .failure(IndexError(.internal, "分片未完成索引")), count: shards)
        self.total = total
        self.progress = progress
    }

    func advance(_ shard: Int, to count: Int) {
        lock.lock()
        done[shard] = count
        let sum = done.reduce(0, +)
        lock.unlock()
        progress?(sum, total)
    }

    func finish(_ shard: Int, _ result: Result<IndexUpdateReport, any Error>) {
        lock.lock()
        defer { lock.unlock() }
        results[shard] = result
    }
}
