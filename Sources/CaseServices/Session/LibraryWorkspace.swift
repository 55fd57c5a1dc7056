import CaseIndex
import CaseLibrary
import Dispatch
import Foundation

/// What every session of one thread shares: the open index and its refresh, and the caches of files
/// under `Cases/`. A server worker keeps one workspace and makes a ``LibrarySession`` per request
/// for the request's caller; the command line makes one of each per run.
///
/// Confined to one thread, like the index reader it owns (it is not `Sendable`).
public final class LibraryWorkspace {
    /// The library and its index folder.
    public let library: CaseLibraryService
    /// Seconds between index refreshes (0: before every call).
    public let refreshInterval: Double
    /// The visible partition: what members read, so that no statistic they receive counts a hidden document.
    let visibleReader: IndexReader
    private var everythingReader: IndexReader?
    let files: LibraryFileCache
    /// The newest case year per index revision and visibility (the precedents' reference year).
    var newestCaseYears: (revision: String, years: [Bool: Int])?
    private var lastRefresh: UInt64

    /// Opens the library's index.
    ///
    /// - Throws: ``ServiceError/notFound(_:)`` when the library has no index yet; index errors when
    ///   it cannot be opened.
    public init(library: CaseLibraryService, refreshInterval: Double = 1) throws {
        guard library.location.exists else {
            throw ServiceError.notFound("索引不存在：\(library.location.root.path)（请先运行 caselib index）")
        }
        self.library = library
        self.refreshInterval = max(0, refreshInterval)
        visibleReader = try IndexReader(location: library.location)
        lastRefresh = DispatchTime.now().uptimeNanoseconds
        files = LibraryFileCache(root: library.folder.root)
    }

    /// Catches up with the index on disk when ``refreshInterval`` has passed since the last time.
    /// A failed refresh keeps answering from what was open.
    /// - Returns: true when the index changed.
    @discardableResult
    public func refreshIfDue(force: Bool = false) -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        guard force || Double(now &- lastRefresh) / 1e9 >= refreshInterval else { return false }
        lastRefresh = now
        do {
            let visible = try visibleReader.refresh()
            let everything = try everythingReader?.refresh() ?? false
            return visible || everything
        } catch {
            FileHandle.standardError.write(Data("caselib: 索引刷新失败，继续使用上一版本：\(error)\n".utf8))
            return false
        }
    }

    /// Both partitions, for reviewers (and for an author's own drafts), opened on first use.
    func allReader() throws -> IndexReader {
        if let everythingReader { return everythingReader }
        let opened = try IndexReader(location: library.location, includeHidden: true)
        everythingReader = opened
        return opened
    }

    /// The reader for `viewer`: both partitions for those who may read hidden records, else the
    /// visible one.
    func reader(for viewer: Viewer) throws -> IndexReader {
        viewer.mayReadHidden ? try allReader() : visibleReader
    }

    /// A session for `viewer` over this workspace.
    public func session(for viewer: Viewer) -> LibrarySession { LibrarySession(workspace: self, viewer: viewer) }
}
