import CaseIndex
import CaseLibrary
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
    /// The workspace this session reads through (shared by the thread's sessions).
    public let workspace: LibraryWorkspace
    /// Who is asking.
    public let viewer: Viewer

    /// A session for `viewer` over `workspace` (cheap: a server makes one per request).
    public init(workspace: LibraryWorkspace, viewer: Viewer) {
        self.workspace = workspace
        self.viewer = viewer
    }

    /// Opens a workspace of its own over `library` for `viewer` (the command line, tests).
    ///
    /// - Throws: ``ServiceError/notFound(_:)`` when the library has no index yet; index errors when
    ///   it cannot be opened.
    public convenience init(library: CaseLibraryService, viewer: Viewer, refreshInterval: Double = 1) throws {
        self.init(workspace: try LibraryWorkspace(library: library, refreshInterval: refreshInterval), viewer: viewer)
    }

    /// The library and its index folder.
    public var library: CaseLibraryService { workspace.library }
    /// The reader for this viewer (see ``LibraryWorkspace``); the visible partition when the other
    /// cannot be opened.
    var reader: IndexReader { (try? workspace.reader(for: viewer)) ?? workspace.visibleReader }
    var files: LibraryFileCache { workspace.files }

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

    /// Catches up with the index on disk when the workspace's refresh interval has passed.
    @discardableResult
    public func refreshIfDue() -> Bool { workspace.refreshIfDue() }

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
    /// Changes whenever the index does, in either partition: the visible partition's revision and
    /// the hidden partition's last commit (its `iamglass` file), with the documents this viewer reads.
    func revisionKey() throws -> String {
        let generation = library.location.currentGeneration() ?? "-"
        let hidden = library.location.root.appendingPathComponent(generation).appendingPathComponent("hidden/iamglass")
        return "\(generation):\(try workspace.visibleReader.revision):\(LibraryFileCache.stamp(hidden)):\(try reader.documentCount)"
    }
}
