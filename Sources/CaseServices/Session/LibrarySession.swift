import CaseIndex
import CaseLibrary
import Dispatch
import Foundation

/// One caller's door into the library: the only way the server and the command line reach search,
/// records, precedents, similar cases, statutes, compilations and course packs.
///
/// A session owns an index reader and refreshes it at most once per ``refreshInterval`` (a
/// reindex is seen within that time, without a restart); it caches what it reads from `Cases/`
/// (the thesaurus, the statute links, the records for documents), each reloaded when its file or
/// the index revision changes; and it knows its ``viewer``, so every answer — every hit, count,
/// facet, score and status — is computed over what that viewer may see. Results are typed; the
/// edges render them.
///
/// Like the reader it owns, a session is confined to one thread (it is not `Sendable`): the server
/// makes one per worker, the command line one per run.
public final class LibrarySession {
    /// The library and its index folder.
    public let library: CaseLibraryService
    /// Who is asking.
    public let viewer: Viewer
    /// Seconds between index refreshes (0: before every call).
    public let refreshInterval: Double
    let reader: IndexReader
    private var lastRefresh: UInt64
    let files: LibraryFileCache

    /// Opens a session over `library` for `viewer`.
    ///
    /// - Throws: ``ServiceError/notFound(_:)`` when the library has no index yet; index errors when
    ///   it cannot be opened.
    public init(library: CaseLibraryService, viewer: Viewer, refreshInterval: Double = 1) throws {
        guard library.location.exists else {
            throw ServiceError.notFound("索引不存在：\(library.location.root.path)（请先运行 caselib index）")
        }
        self.library = library
        self.viewer = viewer
        self.refreshInterval = max(0, refreshInterval)
        reader = try IndexReader(location: library.location)
        lastRefresh = DispatchTime.now().uptimeNanoseconds
        files = LibraryFileCache(root: library.folder.root)
    }

    /// The index as this viewer sees it.
    public struct IndexStatus: Sendable, Equatable {
        /// Documents the viewer may see.
        public let documents: Int
        /// The index revision.
        public let revision: UInt64
    }

    /// The number of documents this viewer may see and the index revision.
    public func status() throws -> IndexStatus {
        refreshIfDue()
        let visible = viewer.mayReadHidden ? try reader.documentCount : try reader.visibleFrequencies(of: []).total
        return IndexStatus(documents: visible, revision: try reader.revision)
    }

    /// Catches up with the index on disk when ``refreshInterval`` has passed since the last time.
    /// A failed refresh keeps answering from what was open.
    /// - Returns: true when the index changed.
    @discardableResult
    public func refreshIfDue() -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        guard Double(now &- lastRefresh) / 1e9 >= refreshInterval else { return false }
        lastRefresh = now
        do {
            return try reader.refresh()
        } catch {
            FileHandle.standardError.write(Data("caselib: 索引刷新失败，继续使用上一版本：\(error)\n".utf8))
            return false
        }
    }

    /// Whether a call may include hidden records: refused (not ignored) when the viewer may not.
    func allowsHidden(_ asked: Bool) throws(ServiceError) -> Bool {
        guard asked else { return false }
        guard viewer.mayReadHidden else {
            throw .forbidden("隐藏记录（草稿、待审、退回和受限案例）仅审核人员可见")
        }
        return true
    }

    /// The documents a call may see: every document, or the visible ones.
    func visibility(includeHidden: Bool) -> IndexQuery {
        includeHidden ? .all : .andNot(.all, .hidden)
    }

    /// The index revision, as a cache key.
    func revisionKey() throws -> String { "\(try reader.revision):\(try reader.documentCount)" }
}
