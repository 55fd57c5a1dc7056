import CaseLibrary

/// Read access to an index: search, look-ups, statistics.
///
/// An `IndexReader` owns a Xapian database handle, which is not thread-safe. The class is
/// deliberately not `Sendable`: Swift's concurrency checking stops it from being shared between
/// threads, so give each thread (each server worker) its own reader.
public final class IndexReader {
    /// Where the index is.
    public let path: String
    private var database: XapianDatabase
    private var stubSnapshot: String
    private let location: IndexLocation?
    /// Whether the stub lists remote shards: their matches cannot run the facet table's spy.
    private var reachesRemote: Bool
    /// Whether the reader opened the hidden partition too (a reviewer's reader).
    public let includesHidden: Bool

    /// Opens the index folder at `location` (following its stub to the current generation): its
    /// visible partition only, or — with `includeHidden`, for reviewers — both partitions, so that
    /// a member's statistics (idf, lengths, counts) never count a hidden document.
    public convenience init(location: IndexLocation, includeHidden: Bool = false) throws {
        try self.init(path: location.readPath(includeHidden: includeHidden), location: location, includeHidden: includeHidden)
    }

    /// Opens a database or stub file at `path` (a local folder, or a stub listing remote shards).
    public convenience init(path: String) throws {
        try self.init(path: path, location: nil, includeHidden: true)
    }

    private init(path: String, location: IndexLocation?, includeHidden: Bool) throws {
        self.path = path
        self.location = location
        includesHidden = includeHidden
        stubSnapshot = location?.stubContents(includeHidden: includeHidden) ?? ""
        reachesRemote = Self.listsRemote(stubSnapshot + ((try? String(contentsOfFile: path, encoding: .utf8)) ?? ""))
        database = try XapianDatabase(path: path)
    }

    /// Whether a stub's text lists a remote database (`remote HOST:PORT`).
    static func listsRemote(_ stub: String) -> Bool {
        stub.split(whereSeparator: \.isNewline).contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("remote") }
    }

    /// Catches up with changes on disk: reopens at the latest revision, or opens the new generation
    /// when a rebuild swapped it in. Returns true when anything changed.
    @discardableResult
    public func refresh() throws -> Bool {
        if let location {
            // Read the stub before opening, so a swap landing in between is noticed next time.
            let stub = location.stubContents(includeHidden: includesHidden)
            if stub != stubSnapshot {
                database = try XapianDatabase(path: path)
                stubSnapshot = stub
                reachesRemote = Self.listsRemote(stub)
                return true
            }
        }
        return try database.reopen()
    }

    /// Runs `body`; on Xapian's DatabaseModifiedError reopens once and retries.
    func withRetry<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as IndexError where error.code == .databaseModified {
            _ = try? refresh()
            database = try XapianDatabase(path: path)
            return try body()
        }
    }

    /// Documents in the index.
    public var documentCount: Int { get throws { try withRetry { try database.documentCount } } }

    /// The index revision: for a sharded index folder the sum of its shards' revisions (it grows
    /// with every commit to any shard); 0 for a stub file listing shards or remote databases.
    public var revision: UInt64 {
        get throws {
            let own = try withRetry { try database.revision }
            return own == 0 ? location?.shardRevision(includeHidden: includesHidden) ?? 0 : own
        }
    }

    /// How many documents contain `term` (a normalised index term).
    public func termFrequency(_ term: String) throws -> Int {
        try withRetry { try database.termFrequency(IndexSchema.boundedTerm(term)) }
    }

    /// How many of the documents matching `filter` contain each of `terms`, and how many match
    /// `filter` at all — one Xapian call whatever the number of terms.
    public func frequencies(of terms: [String], within filter: IndexQuery) throws -> (counts: [String: Int], total: Int) {
        try withRetry {
            let bounded = terms.map(IndexSchema.boundedTerm)
            let answer = try database.frequencies(of: bounded, within: try filter.xapian())
            var counts: [String: Int] = [:]
            for (term, count) in zip(terms, answer.counts) { counts[term] = count }
            return (counts, answer.filterCount)
        }
    }

    /// How many visible documents (those not hidden by default) contain each of `terms`, and how
    /// many visible documents there are — one cheap Xapian call (it walks only the hidden ones).
    public func visibleFrequencies(of terms: [String]) throws -> (counts: [String: Int], total: Int) {
        try withRetry {
            let answer = try database.frequencies(of: terms.map(IndexSchema.boundedTerm), excluding: IndexSchema.hiddenTerm)
            var counts: [String: Int] = [:]
            for (term, count) in zip(terms, answer.counts) { counts[term] = count }
            return (counts, answer.remaining)
        }
    }

    /// The stored item with `id`, or nil.
    public func item(id: String) throws -> IndexedItem? {
        try withRetry {
            guard let docid = try database.firstDocument(withTerm: IndexSchema.idTerm(id)) else { return nil }
            return try Self.decode(try database.data(of: docid), id: id)
        }
    }

    /// Whether the document `id` is hidden by default (as indexed: drafts, unreviewed and restricted
    /// cases, outcomes of hidden cases, outcomes waiting for approval); nil when there is no such document.
    public func isHidden(id: String) throws -> Bool? {
        try withRetry {
            guard let docid = try database.firstDocument(withTerm: IndexSchema.idTerm(id)) else { return nil }
            return try database.presence(of: [IndexSchema.hiddenTerm], in: [docid]).first?.first ?? false
        }
    }

    /// The record with `id`, or nil.
    public func record(id: String) throws -> Record? { try item(id: id)?.record }

    /// The synonyms stored for `term`.
    public func synonyms(of term: String) throws -> [String] {
        try withRetry { try database.synonyms(of: IndexSchema.boundedTerm(term)) }
    }

    /// The best terms for finding documents like the given ones (Xapian's expand set), unprefixed only.
    public func expansionTerms(forIDs ids: [String], count: Int) throws -> [(term: String, weight: Double)] {
        try withRetry {
            let docids = try ids.compactMap { try database.firstDocument(withTerm: IndexSchema.idTerm($0)) }
            guard !docids.isEmpty else { return [] }
            return try database.expand(from: docids, count: count)
        }
    }

    /// The terms of a stored document with their wdf.
    public func terms(ofID id: String) throws -> [(term: String, wdf: Int)] {
        try withRetry {
            guard let docid = try database.firstDocument(withTerm: IndexSchema.idTerm(id)) else { return [] }
            return try database.termList(of: docid)
        }
    }

    /// A raw match: an item with its Xapian weight and the query terms it matched.
    public struct Match: Sendable {
        /// The stored item.
        public let item: IndexedItem
        /// Xapian's BM25 weight for the query (≥ 0, unbounded; higher is better).
        public let weight: Double
        /// The query terms the document matched; empty when the run did not ask for them.
        public let matchedTerms: [String]
        let docid: UInt32
    }

    /// Runs a query built by a service and returns a page of matches, the total and facet counts.
    /// - Parameters:
    ///   - exactTotal: count every match (needed for exact totals and facets).
    ///   - bm25: BM25's k1 and b, or Xapian's defaults.
    ///   - matchingTerms: fill each match's `matchedTerms` (reads every hit's term list; for many hits
    ///     and few terms, `terms(_:matchedBy:)` is much cheaper).
    public func run(_ query: IndexQuery, offset: Int, limit: Int, facets: Bool = false, exactTotal: Bool = true,
                    bm25: (k1: Double, b: Double)? = nil,
                    matchingTerms: Bool = true) throws -> (total: Int, matches: [Match], facets: [String: [FacetCount]]) {
        let ranked = try rank(query, offset: offset, limit: limit, facets: facets, exactTotal: exactTotal, bm25: bm25,
                              matchingTerms: matchingTerms)
        let matches = try ranked.matches.compactMap { match -> Match? in
            guard let item = try loadItem(docid: match.docid) else { return nil }
            return Match(item: item, weight: match.weight, matchedTerms: match.matchedTerms, docid: match.docid)
        }
        return (ranked.total, matches, ranked.facets)
    }

    /// How many documents match `query` (exactly).
    public func count(_ query: IndexQuery) throws -> Int {
        try rank(query, offset: 0, limit: 0, facets: false, exactTotal: true, bm25: nil).total
    }

    /// A match before its stored payload is read.
    struct RankedMatch {
        let docid: UInt32
        let weight: Double
        let matchedTerms: [String]
    }

    /// Runs a query and returns docids, weights and matched terms, reading no payload.
    /// - Parameter matchingTerms: ask Xapian which query terms each hit matched (it reads each hit's
    ///   term list, which is costly; `presence(of:in:)` answers the same for a few terms cheaply).
    func rank(_ query: IndexQuery, offset: Int, limit: Int, facets: Bool, exactTotal: Bool,
              bm25: (k1: Double, b: Double)?, matchingTerms: Bool = true) throws -> (total: Int, matches: [RankedMatch], facets: [String: [FacetCount]]) {
        try withRetry {
            let xapian = try query.xapian()
            let count = try database.documentCount
            let matches = try database.search(xapian, offset: offset, limit: limit, checkAtLeast: exactTotal || facets ? count : 0,
                                              facetSlot: IndexSchema.Slot.facets, facetCount: facets ? IndexSchema.facetSlots.count : 0,
                                              facetTable: !reachesRemote, bm25: bm25)
            let ranked = (0..<matches.count).map { index in
                RankedMatch(docid: matches.docid(at: index), weight: matches.weight(at: index),
                            matchedTerms: matchingTerms ? matches.matchingTerms(at: index) : [])
            }
            var facetCounts: [String: [FacetCount]] = [:]
            for (offset, facet) in IndexSchema.facetSlots.enumerated() where facets {
                let counts = matches.facet(offset).map { FacetCount(value: $0.value, count: $0.count) }
                if !counts.isEmpty {
                    facetCounts[facet.name] = counts.sorted { ($1.count, $0.value) < ($0.count, $1.value) }
                }
            }
            return (matches.estimatedTotal, ranked, facetCounts)
        }
    }

    /// Which of `terms` each match contains (read from the terms' posting lists).
    public func terms(_ terms: [String], matchedBy matches: [Match]) throws -> [[String]] {
        let rows = try presence(of: terms, in: matches.map(\.docid))
        return matches.indices.map { column in terms.indices.filter { rows[$0][column] }.map { terms[$0] } }
    }

    /// For each term, which of the documents it indexes.
    func presence(of terms: [String], in docids: [UInt32]) throws -> [[Bool]] {
        try withRetry { try database.presence(of: terms.map(IndexSchema.boundedTerm), in: docids) }
    }

    /// Reads and decodes one document's payload.
    func loadItem(docid: UInt32) throws -> IndexedItem? {
        try withRetry { try Self.decode(try database.data(of: docid), id: nil) }
    }

    /// A readable form of a query (Xapian's description), for explanations and tests.
    public func describe(_ query: IndexQuery) throws -> String { try query.xapian().description }

    static func decode(_ data: String, id: String?) throws -> IndexedItem? {
        guard let payload = try? JSONParser.parse(data) else { return nil }
        let kind: String
        let itemID: String
        if let record = payload["record"] {
            kind = record["kind"]?.stringValue ?? ""
            itemID = record["id"]?.stringValue ?? id ?? ""
        } else if let statute = payload["statute"] {
            kind = "statute"
            itemID = statute["id"]?.stringValue ?? id ?? ""
        } else {
            return nil
        }
        return IndexedItem(id: itemID, kind: kind, payload: payload)
    }
}
