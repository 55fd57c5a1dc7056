import CaseIndex
import CaseLibrary
import CaseServices
import Foundation

/// What a worker needs beyond its index reader: the library folder, and the thesaurus and
/// statute links read from it — each reloaded when its file or folder changes on disk.
/// Confined to its worker's thread, like the reader.
public final class LibraryContext {
    /// The library and its index.
    public let service: CaseLibraryService
    /// Whether `all=1` may show hidden records (drafts, unreviewed, restricted): a reviewers' server.
    public let reviewerAccess: Bool
    private var thesaurusCache: (stamp: String, value: Thesaurus)?
    private var linkerCache: (stamp: String, value: CitationLinker)?
    private var statuteFinderCache: (stamp: String, value: StatuteFinder)?

    /// A context for `service`; `reviewerAccess` lets `all=1` show hidden records.
    public init(service: CaseLibraryService, reviewerAccess: Bool = false) {
        self.service = service
        self.reviewerAccess = reviewerAccess
    }

    /// The thesaurus (`Cases/thesaurus.txt`), reloaded when the file changes.
    public var thesaurus: Thesaurus {
        let stamp = Self.stamp(service.folder.root.appendingPathComponent("thesaurus.txt"))
        if let cached = thesaurusCache, cached.stamp == stamp { return cached.value }
        let loaded = service.thesaurus().thesaurus
        thesaurusCache = (stamp, loaded)
        return loaded
    }

    /// The citation linker over `Cases/statutes/`, reloaded when the folder changes; nil when
    /// the library has no statutes.
    public var linker: CitationLinker? {
        let root = service.folder.root
        guard CitationLinker.hasStatutes(libraryRoot: root) else { return nil }
        let folder = root.appendingPathComponent(CitationLinker.statutesFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        let stamp = names.map { Self.stamp(folder.appendingPathComponent($0)) }.joined(separator: ";")
        if let cached = linkerCache, cached.stamp == stamp { return cached.value }
        guard let loaded = try? CitationLinker.load(libraryRoot: root) else { return nil }
        linkerCache = (stamp, loaded)
        return loaded
    }

    /// The statute finder over `reader`, kept while the index revision and the domain file stay the
    /// same (it learns which articles the library's cases cite on first use, which costs a scan).
    public func statuteFinder(reader: IndexReader) throws -> StatuteFinder {
        let domainFile = service.folder.root.appendingPathComponent(StatuteSources.folderName).appendingPathComponent(StatuteDomain.fileName)
        let stamp = "\(try reader.revision):\(try reader.documentCount):\(Self.stamp(domainFile))"
        if let cached = statuteFinderCache, cached.stamp == stamp { return cached.value }
        let finder = StatuteFinder(reader: reader, domain: StatuteDomain.load(from: service.folder.root).domain)
        statuteFinderCache = (stamp, finder)
        return finder
    }

    /// A file's modification time and size, to notice edits.
    static func stamp(_ url: URL) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return "-" }
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        return "\(url.lastPathComponent):\(date):\(size)"
    }
}
