import CaseIndex
import CaseLibrary
import Foundation

/// The library as a whole: the `Cases/` folder and the index built from it.
/// Validation, indexing, import and export go through here.
public struct CaseLibraryService: Sendable {
    /// The records folder.
    public let folder: LibraryFolder
    /// The index folder.
    public let location: IndexLocation

    /// The library in `casesRoot` (the `Cases/` folder) with its index in `indexRoot`.
    public init(casesRoot: URL, indexRoot: URL) {
        folder = LibraryFolder(root: casesRoot)
        location = IndexLocation(root: indexRoot)
    }

    /// Every source the index is built from: the valid record files, plus any extra sources
    /// (statutes) that other services contribute.
    ///
    /// An outcome of a hidden case (draft, unreviewed, restricted) is hidden too, and an outcome is
    /// shown in result lists with its case's title; its content hash carries both, so a change of
    /// the case's visibility or title re-indexes its outcomes.
    ///
    /// Each record is let go of as its source is made: hand over the last copy of the records
    /// (`LibraryContents.takeRecords()`).
    /// - Parameter whole: reads the record at a relative path whole, for records loaded slim (see
    ///   `LibraryFolder.load(slim:)`).
    public func indexSources(records: consuming [StoredRecord], extra: [IndexSource] = [],
                             whole: (@Sendable (String) -> Record?)? = nil) -> [IndexSource] {
        let thesaurus = thesaurus().thesaurus
        return RecordDocuments.sources(records: records, pending: pendingOutcomes(), elements: elements().elements,
                                       thesaurus: thesaurus, whole: whole)
            + extra.map { ThesaurusTerms.adding(thesaurus, to: $0) }
    }

    /// Outcomes added through the service that still wait for a reviewer's approval (hidden from
    /// members until approved).
    public func pendingOutcomes() -> Set<String> {
        Set(RecordHistory.ids(root: folder.root).filter { id in
            FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(RecordFile.relativePath(kind: .outcome, id: id)).path)
                && RecordHistory.read(id: id, root: folder.root).isPendingApproval
        })
    }

    /// The index folder's path.
    public var indexRoot: URL { location.root }

    /// Whether the index has been built.
    public var hasIndex: Bool { location.exists }

    /// How many shards the index has (nil when it is one unsharded database).
    public var shardCount: Int? { location.shardCount }

    /// The office's thesaurus, `Cases/thesaurus.txt` (empty when absent), with any problems located.
    public func thesaurus() -> (thesaurus: Thesaurus, problems: [LocatedProblem]) {
        let url = LibraryFiles.url(LibraryFiles.thesaurus, in: folder.root)
        let (thesaurus, problems) = Thesaurus.load(url)
        let located = problems.map {
            LocatedProblem(path: folder.displayPath(LibraryFiles.thesaurus), line: $0.line, problem: RecordProblem(field: nil, message: $0.message))
        }
        return (thesaurus, located)
    }

    /// The office's legal elements, `Cases/elements.txt` (none when absent), with any problems located.
    public func elements() -> (elements: LegalElements, problems: [LocatedProblem]) {
        let (elements, problems) = LegalElements.load(LibraryFiles.url(LibraryFiles.elements, in: folder.root))
        let located = problems.map {
            LocatedProblem(path: folder.displayPath(LibraryFiles.elements), line: $0.line, problem: RecordProblem(field: nil, message: $0.message))
        }
        return (elements, located)
    }

    /// The result of an index run.
    public struct IndexRun: Sendable {
        /// What the index update did.
        public let report: IndexUpdateReport
        /// Problems in record files and under `statutes/` (articles, thesaurus, `domain.txt`); a bad record or statute file is left out.
        public let problems: [LocatedProblem]
        /// What a dead writer had left and this run removed: temporary files under `Cases/` (relative
        /// to it) and partial generations and temporary files in the index folder (relative to it).
        public var removedLeftovers: (cases: [String], index: [String]) = ([], [])
        /// Temporary files under `Cases/` left alone because a live writer holds the library's lock.
        public var liveWriterBusy = false
        /// Files under `Cases/` that nothing reads outside the record folders, and temporary files (see `LibraryContents.warnings`).
        public var warnings: [LocatedProblem] = []
    }

    /// Brings the index up to date with `Cases/`. Files that fail validation are reported and
    /// left out; the rest are indexed.
    /// - Parameters:
    ///   - rebuild: build from scratch (each shard into a new generation, swapped in atomically).
    ///   - shards: how many shards to write (1: one unsharded database); nil keeps the index's layout.
    ///     Records go to a shard by a stable hash of their id; see `ShardedIndexer`.
    ///   - progress: called with (done, total) source files.
    /// - Throws: `ServiceError.badInput` when the records folder does not exist (a mistyped
    ///   `--cases` must not empty the index).
    public func updateIndex(rebuild: Bool = false, shards: Int? = nil,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> IndexRun {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ServiceError.badInput("案例库目录不存在：\(folder.root.path)")
        }
        // A dead writer's temporary files go first; a live writer's (its lock is held) stay.
        var removedFromCases: [String] = []
        var busy = false
        switch Result(catching: { try LibraryWriteLock.acquire(folder.root) }) {
        case .success(let lock?): removedFromCases = folder.removeLeftovers(holding: lock)
        case .success(nil): busy = true
        case .failure: break  // a read-only library: nothing of ours to clean
        }
        // Slim: each record is read whole again when its document is made, so the library is never
        // all in memory (at 1M cases the whole records took 5.4 GB).
        var contents = folder.load(slim: true)
        let statutes = try StatuteSources.load(from: folder.root)
        let records = folder
        let sources = indexSources(records: contents.takeRecords(), extra: statutes.sources) { records.readRecord(at: $0) }
        let report = try ShardedIndexer.update(
            location: location, shards: shards, sources: sources, rebuild: rebuild,
            synonyms: statutes.synonyms, progress: progress)
        var run = IndexRun(report: report, problems: contents.problems + statutes.problems)
        run.removedLeftovers = (removedFromCases, report.removedLeftovers)
        run.liveWriterBusy = busy
        run.warnings = contents.warnings
        return run
    }

    /// Every valid record as JSONL.
    public func exportJSONL() -> (text: String, problems: [LocatedProblem]) {
        let contents = folder.load()
        return (JSONLines.write(contents.allRecords), contents.problems)
    }
}
