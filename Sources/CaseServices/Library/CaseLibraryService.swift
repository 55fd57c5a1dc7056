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
    public func indexSources(_ contents: LibraryContents, extra: [IndexSource] = []) -> [IndexSource] {
        RecordDocuments.sources(contents, pending: pendingOutcomes()) + extra
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

    /// The result of an index run.
    public struct IndexRun: Sendable {
        /// What the index update did.
        public let report: IndexUpdateReport
        /// Problems in record files and under `statutes/` (articles, thesaurus, `domain.txt`); a bad record or statute file is left out.
        public let problems: [LocatedProblem]
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
        let contents = folder.load()
        let statutes = try StatuteSources.load(from: folder.root)
        let report = try ShardedIndexer.update(
            location: location, shards: shards, sources: indexSources(contents, extra: statutes.sources), rebuild: rebuild,
            synonyms: statutes.synonyms, progress: progress)
        return IndexRun(report: report, problems: contents.problems + statutes.problems)
    }

    /// The result of an import.
    public struct ImportRun: Sendable {
        /// Records written to `Cases/`.
        public let written: [String]
        /// Bad lines, as `FILE:LINE: message`.
        public let problems: [LocatedProblem]
        /// The index update that followed.
        public let index: IndexUpdateReport?
    }

    /// Imports a JSONL file: writes every good record into `Cases/` (atomically, replacing records
    /// with the same id), reports every bad line, then updates the index.
    public func importJSONL(at url: URL, displayPath: String) throws -> ImportRun {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ServiceError.badInput("无法读取 \(displayPath)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ServiceError.badInput("\(displayPath) 不是有效的 UTF-8 文本")
        }
        let existing = Set(folder.load().records.filter { $0.record.kind == .case }.map(\.record.id))
        var problems: [LocatedProblem] = []
        var written: [String] = []
        for line in JSONLines.read(text, knownCaseIDs: existing) {
            guard let record = line.record else {
                problems += line.problems.map { LocatedProblem(path: displayPath, line: line.number, problem: $0) }
                continue
            }
            do {
                written.append(try folder.write(record))
            } catch {
                problems.append(LocatedProblem(path: displayPath, line: line.number, problem: RecordProblem(field: nil, message: "\(error)")))
            }
        }
        let index = written.isEmpty ? nil : try updateIndex().report
        return ImportRun(written: written, problems: problems, index: index)
    }

    /// Every valid record as JSONL.
    public func exportJSONL() -> (text: String, problems: [LocatedProblem]) {
        let contents = folder.load()
        return (JSONLines.write(contents.allRecords), contents.problems)
    }
}
