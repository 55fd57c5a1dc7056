import CaseLibrary
import Foundation

/// One source file and the documents it yields (a record file yields one; a statute file one per article).
public struct IndexSource: Sendable {
    /// The file's path relative to the library root.
    public let relativePath: String
    /// A hash of the file's content: unchanged hash, untouched documents.
    public let contentHash: String
    /// The ids of the documents the source yields, known without making them.
    public var documentIDs: [String] {
        switch ids {
        case .one(let id): [id]
        case .many(let all): all
        }
    }
    /// How many documents the source yields.
    public var documentCount: Int {
        switch ids {
        case .one: 1
        case .many(let all): all.count
        }
    }
    /// A record file's one id is kept without an array: a million sources, a million allocations fewer.
    private let ids: DocumentIDs
    private let make: @Sendable () -> [IndexDocument]

    private enum DocumentIDs: Sendable {
        case one(String)
        case many([String])
    }

    /// The documents to index, made when asked (and again at each call): an indexer asks only for
    /// the sources it writes, one at a time, so a library's documents are never all in memory and
    /// an update that changes one file makes one file's documents.
    public var documents: [IndexDocument] { make() }

    /// Makes a source from a file's relative path, its content hash and the documents it yields.
    public init(relativePath: String, contentHash: String, documents: [IndexDocument]) {
        self.init(relativePath: relativePath, contentHash: contentHash, documentIDs: documents.map(\.id)) { documents }
    }

    /// Makes a source whose documents are made when they are needed; `make` must yield documents
    /// with exactly `documentIDs`, in that order.
    public init(relativePath: String, contentHash: String, documentIDs: [String],
                make: @escaping @Sendable () -> [IndexDocument]) {
        self.relativePath = relativePath
        self.contentHash = contentHash
        self.ids = documentIDs.count == 1 ? .one(documentIDs[0]) : .many(documentIDs)
        self.make = make
    }
}

/// What an index update did.
public struct IndexUpdateReport: Sendable, Equatable {
    /// Source files indexed for the first time, re-indexed, removed, and left alone.
    public var added = 0, updated = 0, removed = 0, unchanged = 0
    /// Documents in the index afterwards.
    public var documentCount = 0
    /// Whether the index was written at all (a run with no change writes nothing).
    public var wroteIndex = false
    /// Whether this was a full rebuild into a new generation.
    public var rebuilt = false
    /// What a dead writer had left in the index folder and this run removed (names relative to it):
    /// generation folders the stub does not name, and temporary files of the stub's atomic write.
    public var removedLeftovers: [String] = []
}

/// Brings an index up to date with a set of sources: incrementally by content hash, or by a full
/// rebuild into a new generation that is swapped in atomically (see `IndexLocation`).
public struct LibraryIndexer: Sendable {
    /// Bumped whenever `IndexSchema` or tokenisation changes; an index of another version is rebuilt.
    public static let schemaVersion = "11"

    /// Documents per commit of a full build, and per transaction of an update (by default). Xapian holds a
    /// batch's postings in memory, so this bounds the memory of indexing whatever the library's
    /// size: at 10k cases, Xapian's default (10,000) peaked at 1.02 GB, 1,000 at 0.31 GB — and ran
    /// faster (85 → 55 s CPU).
    public static let defaultBatchDocuments = 1_000

    /// Documents a full build prepares ahead of its writer (see `DocumentPipeline`): enough to keep
    /// both busy, few enough to cost a few megabytes.
    static let preparedAhead = 256

    /// When an update would re-index more than this share of the sources, and at least `minimum`
    /// of them, it builds a new generation instead: an edited thesaurus or elements file, or a new
    /// version's content keys, change every source, and replacing each document in place is slower
    /// than a fresh build (no deletions, a compacted result) and leaves an uncompacted index. Below
    /// the minimum both take seconds, and an update reports each file it touched.
    public struct RebuildThreshold: Sendable {
        /// The share of sources (0–1).
        public var share: Double
        /// The fewest changed sources that make a rebuild.
        public var minimum: Int

        /// A threshold.
        public init(share: Double, minimum: Int) {
            self.share = share
            self.minimum = minimum
        }

        /// More than half the sources, at least 5,000.
        public static let standard = RebuildThreshold(share: 0.5, minimum: 5_000)
    }

    /// Where the index lives.
    public let location: IndexLocation
    /// Documents per commit or transaction (see ``defaultBatchDocuments``).
    public let batchDocuments: Int
    /// When an update becomes a rebuild (see `RebuildThreshold`).
    public let rebuildThreshold: RebuildThreshold

    /// An indexer that writes the index at `location`, committing every `batchDocuments` documents.
    public init(location: IndexLocation, batchDocuments: Int = LibraryIndexer.defaultBatchDocuments,
                rebuildThreshold: RebuildThreshold = .standard) {
        self.location = location
        self.batchDocuments = max(1, batchDocuments)
        self.rebuildThreshold = rebuildThreshold
    }

    /// Updates the index.
    /// - Parameters:
    ///   - sources: every source file that should be in the index (anything else is removed).
    ///   - rebuild: build from scratch into a new generation and swap it in.
    ///   - synonyms: thesaurus entries (term → synonym), stored as Xapian synonyms.
    ///   - progress: called with (done, total) source files.
    public func update(sources: [IndexSource], rebuild: Bool = false, synonyms: [(String, String)] = [],
                       progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> IndexUpdateReport {
        try location.withWriteLock {
            // Holding the lock proves no live writer: whatever the stub does not name is a dead one's.
            let removed = location.removeLeftovers()
            var report = try updateLocked(sources: sources, rebuild: rebuild, synonyms: synonyms, progress: progress)
            report.removedLeftovers = removed
            return report
        }
    }

    private func updateLocked(sources: [IndexSource], rebuild: Bool, synonyms: [(String, String)],
                              progress: (@Sendable (Int, Int) -> Void)?) throws -> IndexUpdateReport {
        let synonymsKey = SHA256.hex(Array(synonyms.map { "\($0.0)\t\($0.1)" }.sorted().joined(separator: "\n").utf8))
        let current = try? location.currentDatabasePath()
        var stored: [String: (hash: String, ids: [String])] = [:]
        var changed: [IndexSource] = []
        var needsRebuild = rebuild || !location.exists
        if !needsRebuild, let current {
            let reader = try XapianDatabase(path: current.path)
            if try reader.metadata("schema") != Self.schemaVersion || reader.metadata("synonyms") != synonymsKey {
                needsRebuild = true
            } else {
                stored = try Self.storedFiles(reader)
                changed = sources.filter { stored[$0.relativePath]?.hash != $0.contentHash }
                if changed.count >= rebuildThreshold.minimum, Double(changed.count) > rebuildThreshold.share * Double(sources.count) {
                    needsRebuild = true
                }
            }
        }
        if needsRebuild { return try fullBuild(sources, synonyms: synonyms, synonymsKey: synonymsKey, progress: progress) }
        guard let current else { throw IndexError(.databaseOpening, "索引不存在：\(location.root.path)") }
        return try incremental(sources, changed: changed, stored: stored, path: current.path, progress: progress)
    }

    private func fullBuild(_ sources: [IndexSource], synonyms: [(String, String)], synonymsKey: String,
                           progress: (@Sendable (Int, Int) -> Void)?) throws -> IndexUpdateReport {
        let generation = location.nextGeneration()
        let path = location.root.appendingPathComponent(generation).path
        let buildPath = path + IndexLocation.buildSuffix
        var report = IndexUpdateReport(rebuilt: true)
        let pipeline = DocumentPipeline(sources: sources, limit: Self.preparedAhead)
        defer { pipeline.close() }
        do {
            let writer = try IndexWriter(path: buildPath, create: true)
            let hiddenWriter = try IndexWriter(path: IndexLocation.hiddenPath(of: buildPath), create: true)
            var uncommitted = 0
            while let (source, prepared) = pipeline.next() {
                let documents = try prepared.get()
                for document in documents { try (document.isHidden ? hiddenWriter : writer).replace(document) }
                try writer.setMetadata(Self.fileKey(source.relativePath), Self.fileValue(source))
                report.added += 1
                report.documentCount += documents.count
                uncommitted += documents.count
                // Nobody reads this generation until it is activated: committing only frees memory.
                if uncommitted >= batchDocuments {
                    try hiddenWriter.commit()
                    try writer.commit()
                    uncommitted = 0
                }
                progress?(report.added, sources.count)
            }
            for (term, synonym) in synonyms { try writer.addSynonym(term, synonym) }
            try writer.setMetadata("schema", Self.schemaVersion)
            try writer.setMetadata("synonyms", synonymsKey)
            try hiddenWriter.commit()
            try hiddenWriter.close()
            try writer.commit()
            try writer.close()
            try Self.compact(buildPath, into: path)
            try location.activate(generation)
        } catch {
            try? FileManager.default.removeItem(atPath: buildPath)
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        // Counted from the database: two sources giving one id make one document, not two.
        report.documentCount = try XapianDatabase(path: location.readPath(includeHidden: true)).documentCount
        report.wroteIndex = true
        return report
    }

    /// Makes the generation at `path` from the finished build at `buildPath`: a fully compacted
    /// copy of both partitions (about a third smaller at 10k cases, and quicker to read), or — when
    /// compaction fails, for it only improves a build that is already complete — the build itself.
    private static func compact(_ buildPath: String, into path: String) throws {
        do {
            try XapianDatabase.compact(buildPath, into: path)
            try XapianDatabase.compact(IndexLocation.hiddenPath(of: buildPath), into: IndexLocation.hiddenPath(of: path))
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.moveItem(atPath: buildPath, toPath: path)
            return
        }
        try? FileManager.default.removeItem(atPath: buildPath)
    }

    /// Brings the index at `path` up to date in place; `changed` are the sources whose hash differs from `stored`.
    private func incremental(_ sources: [IndexSource], changed: [IndexSource], stored: [String: (hash: String, ids: [String])],
                             path: String, progress: (@Sendable (Int, Int) -> Void)?) throws -> IndexUpdateReport {
        var report = IndexUpdateReport()
        let wanted = Set(sources.map(\.relativePath))
        let gone = stored.keys.filter { !wanted.contains($0) }.sorted()
        report.unchanged = sources.count - changed.count
        guard !changed.isEmpty || !gone.isEmpty else {
            report.documentCount = try XapianDatabase(path: location.readPath(includeHidden: true)).documentCount
            return report
        }
        let writer = try IndexWriter(path: path, create: false)
        let hiddenWriter = try IndexWriter(path: IndexLocation.hiddenPath(of: path), create: false)
        let keptIDs = Set(sources.filter { stored[$0.relativePath]?.hash == $0.contentHash }.flatMap(\.documentIDs))
        let newIDs = Set(changed.flatMap(\.documentIDs))
        // One transaction per batch of about `batchDocuments` documents, each all or nothing: a failure
        // part-way leaves the index as the last batch left it (the writer's release discards the open
        // batch). Each batch holds its files' documents and their hashes together, so whatever was not
        // committed still looks "changed" and the next run does it. The hidden partition commits first
        // and the visible one, which holds the hashes, last: a crash in between is redone the same way.
        var done = 0
        for (number, batch) in Self.batches(changed, documents: batchDocuments).enumerated() {
            try writer.beginTransaction()
            try hiddenWriter.beginTransaction()
            if number == 0 {
                for relativePath in gone {
                    for id in stored[relativePath]?.ids ?? [] where !keptIDs.contains(id) && !newIDs.contains(id) {
                        try writer.delete(id: id)
                        try hiddenWriter.delete(id: id)
                    }
                    try writer.setMetadata(Self.fileKey(relativePath), "")
                    report.removed += 1
                }
            }
            for source in batch {
                let fresh = Set(source.documentIDs)
                for id in stored[source.relativePath]?.ids ?? [] where !fresh.contains(id) && !keptIDs.contains(id) {
                    try writer.delete(id: id)
                    try hiddenWriter.delete(id: id)
                }
                for document in source.documents {
                    // A record that changed sides leaves the other partition.
                    try (document.isHidden ? writer : hiddenWriter).delete(id: document.id)
                    try (document.isHidden ? hiddenWriter : writer).replace(document)
                }
                try writer.setMetadata(Self.fileKey(source.relativePath), Self.fileValue(source))
                if stored[source.relativePath] == nil { report.added += 1 } else { report.updated += 1 }
                done += 1
                progress?(done, changed.count)
            }
            try hiddenWriter.commitTransaction()
            try writer.commitTransaction()
        }
        try hiddenWriter.close()
        try writer.close()
        report.wroteIndex = true
        report.documentCount = try XapianDatabase(path: location.readPath(includeHidden: true)).documentCount
        return report
    }

    /// `sources` in batches of at least `documents` documents (the last may have fewer; a source is
    /// never split); always at least one batch, which also carries the removals.
    static func batches(_ sources: [IndexSource], documents limit: Int) -> [[IndexSource]] {
        var batches: [[IndexSource]] = [[]]
        var documents = 0
        for source in sources {
            if documents >= limit {
                batches.append([])
                documents = 0
            }
            batches[batches.count - 1].append(source)
            documents += source.documentCount
        }
        return batches
    }

    static func fileKey(_ relativePath: String) -> String {
        "file:" + String(SHA256.hex(Array(relativePath.utf8)).prefix(40))
    }

    static func fileValue(_ source: IndexSource) -> String {
        ([source.contentHash, source.relativePath] + source.documentIDs).joined(separator: "\n")
    }

    static func storedFiles(_ database: XapianDatabase) throws -> [String: (hash: String, ids: [String])] {
        var out: [String: (hash: String, ids: [String])] = [:]
        for key in try database.metadataKeys(prefix: "file:") {
            let lines = try database.metadata(key).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard lines.count >= 2 else { continue }
            out[lines[1]] = (lines[0], Array(lines.dropFirst(2)))
        }
        return out
    }
}
