import CaseIndex
import CaseLibrary
import Foundation

/// What a session reads from `Cases/` besides the index — the thesaurus, the statute links, the
/// statute domain and the records for documents — each kept until its file (or, for records, the
/// index revision) changes. Confined to its session's thread.
final class LibraryFileCache {
    let root: URL
    private var thesaurusEntry: (stamp: String, value: Thesaurus)?
    private var linkerEntry: (stamp: String, value: CitationLinker?)?
    private var domainEntry: (stamp: String, value: StatuteDomain)?
    private var recordsEntry: (revision: String, value: [Record])?
    private var finderEntry: (stamp: String, value: StatuteFinder)?
    private var results: [String: Any] = [:]
    private var resultOrder: [String] = []
    /// How many expensive results (compilations) are kept.
    static let keptResults = 8
    private var elementsEntry: (stamp: String, value: LegalElements)?

    init(root: URL) { self.root = root }

    /// The office thesaurus (`Cases/thesaurus.txt`), reloaded when the file changes.
    var thesaurus: Thesaurus {
        let stamp = Self.stamp(LibraryFiles.url(LibraryFiles.thesaurus, in: root))
        if let entry = thesaurusEntry, entry.stamp == stamp { return entry.value }
        let loaded = Thesaurus.load(LibraryFiles.url(LibraryFiles.thesaurus, in: root)).thesaurus
        thesaurusEntry = (stamp, loaded)
        return loaded
    }

    /// The legal elements (`Cases/elements.txt`), reloaded when the file changes.
    var elements: LegalElements {
        let url = LibraryFiles.url(LibraryFiles.elements, in: root)
        let stamp = Self.stamp(url)
        if let entry = elementsEntry, entry.stamp == stamp { return entry.value }
        let loaded = LegalElements.load(url).elements
        elementsEntry = (stamp, loaded)
        return loaded
    }

    /// The citation linker over `Cases/statutes/`, reloaded when the folder changes; nil when the
    /// library has no statutes (or they cannot be read).
    var linker: CitationLinker? {
        guard CitationLinker.hasStatutes(libraryRoot: root) else { return nil }
        let folder = LibraryFiles.url(LibraryFiles.statutesFolder, in: root)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        let stamp = names.map { Self.stamp(folder.appendingPathComponent($0)) }.joined(separator: ";")
        if let entry = linkerEntry, entry.stamp == stamp { return entry.value }
        let loaded = try? CitationLinker.load(libraryRoot: root)
        linkerEntry = (stamp, loaded)
        return loaded
    }

    /// The statute domain file, reloaded when it changes.
    var domain: StatuteDomain {
        let stamp = Self.stamp(LibraryFiles.url(LibraryFiles.statuteDomain, in: root))
        if let entry = domainEntry, entry.stamp == stamp { return entry.value }
        let loaded = StatuteDomain.load(from: root).domain
        domainEntry = (stamp, loaded)
        return loaded
    }

    /// Every valid record of the library, read once per index revision (the index is brought up to
    /// date whenever `Cases/` changes through the tool, so its revision says when to read again).
    func records(revision: String) -> [Record] {
        if let entry = recordsEntry, entry.revision == revision { return entry.value }
        let loaded = LibraryFolder(root: root).load().allRecords
        recordsEntry = (revision, loaded)
        return loaded
    }

    /// The statute finder, kept while `key` (the index revision and the viewer's visibility) and
    /// the domain file stay the same: it learns which articles the visible cases cite on first use.
    func statuteFinder(key: String, make: (StatuteDomain) -> StatuteFinder) -> StatuteFinder {
        let stamp = key + ":" + Self.stamp(LibraryFiles.url(LibraryFiles.statuteDomain, in: root))
        if let entry = finderEntry, entry.stamp == stamp { return entry.value }
        let finder = make(domain)
        finderEntry = (stamp, finder)
        return finder
    }

    /// An expensive result (a compilation) kept under `key` — which must name everything it depends
    /// on: the index revision, the settings files' stamps — made by `make` when absent.
    func result<T>(_ key: String, make: () throws -> T) rethrows -> T {
        if let kept = results[key] as? T { return kept }
        let made = try make()
        results[key] = made
        resultOrder.append(key)
        if resultOrder.count > Self.keptResults { results[resultOrder.removeFirst()] = nil }
        return made
    }

    /// Stamps of every file in a folder (names, times and sizes), to notice any change.
    static func folderStamp(_ url: URL) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.sorted() ?? []
        return names.map { stamp(url.appendingPathComponent($0)) }.joined(separator: ";")
    }

    /// A file's modification time and size, to notice edits.
    static func stamp(_ url: URL) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return "-" }
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        return "\(url.lastPathComponent):\(date):\(size)"
    }
}
