import CaseLibrary

extension RecordDocuments {
    /// The index sources of a library's valid record files — the one place that applies the
    /// visibility rule when indexing: an outcome of a hidden case (draft, unreviewed, restricted) is
    /// hidden too (see `Record.isVisible(caseOf:)`). An outcome is shown in lists with its case's
    /// title; its content hash carries both, so a change of the case's visibility or title
    /// re-indexes its outcomes.
    /// - Parameters:
    ///   - pending: outcomes added through the service that wait for a reviewer's approval: hidden
    ///     until approved.
    ///   - elements: the office's legal elements (`Cases/elements.txt`), indexed on cases; their
    ///     fingerprint is part of every case's content hash, so editing them re-indexes the cases.
    ///   - thesaurus: the office's thesaurus, whose word terms every document carries (see
    ///     `ThesaurusTerms`); its fingerprint is part of every content hash.
    ///   - whole: reads the record at a relative path whole, when `contents` was loaded slim
    ///     (`LibraryFolder.load(slim:)`); a record that no longer reads, or whose slim fields changed
    ///     since (a writer was at work), is left out of this run — its file's hash no longer
    ///     matches, so the next update indexes it.
    ///
    /// A source's content hash is a key (`SHA256.inlineKey`) of its file's hash and all that its
    /// document is derived from in other records, the elements and the thesaurus.
    public static func sources(_ contents: LibraryContents, pending: Set<String> = [],
                               elements: LegalElements = LegalElements(), thesaurus: Thesaurus = Thesaurus(),
                               whole: (@Sendable (String) -> Record?)? = nil) -> [IndexSource] {
        sources(records: contents.records, pending: pending, elements: elements, thesaurus: thesaurus, whole: whole)
    }

    /// The index sources of `records` (see `sources(_:pending:elements:thesaurus:whole:)`), letting
    /// go of each record as its source is made: with a slim load, a source keeps only what its
    /// document is derived from (its path, hashes and visibility, an outcome's case title), so a
    /// caller that hands over its last copy of the records (`LibraryContents.takeRecords()`) holds
    /// a million of them in a fraction of the memory.
    public static func sources(records: consuming [StoredRecord], pending: Set<String> = [],
                               elements: LegalElements = LegalElements(), thesaurus: Thesaurus = Thesaurus(),
                               whole: (@Sendable (String) -> Record?)? = nil) -> [IndexSource] {
        let related = RelatedFacts(copy records, pending: pending, whole: whole)
        let shared = Shared(elements: elements, thesaurus: thesaurus, whole: whole)
        let thesaurusSuffix = thesaurus.groups.isEmpty ? "" : "+thesaurus:" + thesaurus.fingerprint
        var sources: [IndexSource] = []
        sources.reserveCapacity(records.count)
        while let stored = records.popLast() {
            let record = stored.record, path = stored.relativePath
            let parent = record.caseID.flatMap { related.parents[$0] }
            let waiting = record.kind == .outcome && pending.contains(record.id)
            let hidden = waiting || !record.isVisibleByDefault || parent?.isVisibleByDefault == false
            let caseTitle = parent?.title
            let status = record.kind == .case ? related.statuses[record.id] ?? .unchallenged : nil
            // What the outcome's document shows of its case is part of its content.
            // A case's status comes from its outcomes: a new or changed outcome re-indexes the case.
            let derived = (record.kind == .outcome && hidden ? "+hidden-case" : "") + (waiting ? "+pending" : "")
                + (record.kind == .case && !elements.isEmpty ? "+elements:" + elements.fingerprint : "")
                + (caseTitle.map { "+case:" + $0 } ?? "")
                + (status.map { "+status:" + $0.rawValue } ?? "")
            // A slim record is not kept: what it said is checked again, by its key, when the record is read whole.
            let origin: Origin = whole == nil ? .record(record) : .file(slimKey: Self.slimKey(record.slim))
            // Made when the indexer writes this file, not now: the library's documents are never all in memory.
            sources.append(IndexSource(relativePath: path, contentHash: SHA256.inlineKey(stored.contentHash + derived + thesaurusSuffix),
                                       documentIDs: [record.id]) {
                let current: Record
                switch origin {
                case .record(let kept): current = kept
                case .file(let slimKey):
                    guard let read = shared.whole?(path), Self.slimKey(read.slim) == slimKey else { return [] }
                    current = read
                }
                let made = document(for: current, path: path, hidden: hidden, caseTitle: caseTitle, status: status, elements: shared.elements)
                return [ThesaurusTerms.adding(shared.thesaurus, to: made)]
            })
        }
        sources.reverse()
        return sources
    }

    /// What every source of one run uses, held once (a source's closure keeps a reference, not copies).
    private final class Shared: Sendable {
        let elements: LegalElements
        let thesaurus: Thesaurus
        let whole: (@Sendable (String) -> Record?)?

        init(elements: LegalElements, thesaurus: Thesaurus, whole: (@Sendable (String) -> Record?)?) {
            self.elements = elements
            self.thesaurus = thesaurus
            self.whole = whole
        }
    }

    /// Where a source's record comes from when its document is made.
    private enum Origin: Sendable {
        /// The whole record, loaded with the library.
        case record(Record)
        /// Its file, read again; the slim fields must still have this key.
        case file(slimKey: Int)
    }

    /// A key of a slim record's fields, equal for equal records within one process.
    private static func slimKey(_ slim: Record) -> Int { JSONWriter.compact(slim.json).hashValue }

    /// What a record's document is derived from in other records: an outcome's case (whether members
    /// see it, and its title) and a case's status from its outcomes.
    private struct RelatedFacts {
        struct Parent {
            let isVisibleByDefault: Bool
            let title: String
        }
        /// The cases that outcomes belong to, by id (the first of a duplicated id).
        var parents: [String: Parent] = [:]
        /// The status of each case that has outcomes members may see.
        var statuses: [String: CaseStatus] = [:]

        init(_ records: [StoredRecord], pending: Set<String>, whole: (@Sendable (String) -> Record?)?) {
            let outcomes = records.lazy.map(\.record).filter { $0.kind == .outcome }
            let referenced = Set(outcomes.compactMap(\.caseID))
            for stored in records where stored.record.kind == .case && referenced.contains(stored.record.id)
                && parents[stored.record.id] == nil
            {
                // A slim record has no title: the case's file is read again, for the few cases with outcomes.
                let title = whole.map { $0(stored.relativePath)?.title ?? "" } ?? stored.record.title
                parents[stored.record.id] = Parent(isVisibleByDefault: stored.record.isVisibleByDefault, title: title)
            }
            // A case's status counts only the outcomes members may see: not one waiting for approval.
            let counted = Dictionary(grouping: outcomes.filter { !pending.contains($0.id) }) { $0.caseID ?? "" }
            for (caseID, its) in counted where parents[caseID] != nil {
                statuses[caseID] = CaseStatus.of(outcomesInOrder: CaseStatus.ordered(its))
            }
        }
    }
}
