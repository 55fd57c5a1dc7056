import CXapian

/// An owned read-only Xapian database (local, stub or remote); freed in `deinit`.
/// Not thread-safe: confine each instance to one thread.
final class XapianDatabase {
    private let handle: OpaquePointer

    init(path: String) throws {
        var out: OpaquePointer?
        try xapianCall("open index \(path)") { cx_database_open(path, &out, $0) }
        guard let out else { throw IndexError(.internal, "无法打开索引 \(path)：未返回句柄") }
        handle = out
    }

    deinit { cx_database_free(handle) }

    /// Writes a fully compacted copy of the database at `source` into the new folder `destination`.
    static func compact(_ source: String, into destination: String) throws {
        try xapianCall("compact index \(source)") { cx_database_compact(source, destination, $0) }
    }

    /// Moves to the latest committed revision; true when it changed.
    func reopen() throws -> Bool {
        var changed: Int32 = 0
        try xapianCall("reopen index") { cx_database_reopen(handle, &changed, $0) }
        return changed != 0
    }

    var documentCount: Int {
        get throws {
            var count: UInt32 = 0
            try xapianCall("count documents") { cx_database_doccount(handle, &count, $0) }
            return Int(count)
        }
    }

    var revision: UInt64 {
        get throws {
            var revision: UInt64 = 0
            try xapianCall("read revision") { cx_database_revision(handle, &revision, $0) }
            return revision
        }
    }

    var averageLength: Double {
        get throws {
            var length = 0.0
            try xapianCall("read average length") { cx_database_average_length(handle, &length, $0) }
            return length
        }
    }

    func termFrequency(_ term: String) throws -> Int {
        var count: UInt32 = 0
        try withBytes(term) { bytes, length in
            try xapianCall("term frequency") { cx_database_termfreq(handle, bytes, length, &count, $0) }
        }
        return Int(count)
    }

    func firstDocument(withTerm term: String) throws -> UInt32? {
        var docid: UInt32 = 0
        try withBytes(term) { bytes, length in
            try xapianCall("look up document") { cx_database_first_docid(handle, bytes, length, &docid, $0) }
        }
        return docid == 0 ? nil : docid
    }

    func data(of docid: UInt32) throws -> String {
        var pointer: UnsafeMutablePointer<CChar>?
        var length = 0
        try xapianCall("read document \(docid)") { cx_database_document_data(handle, docid, &pointer, &length, $0) }
        return takeString(pointer, length: length)
    }

    func metadata(_ key: String) throws -> String {
        var pointer: UnsafeMutablePointer<CChar>?
        var length = 0
        try withBytes(key) { bytes, keyLength in
            try xapianCall("read metadata") { cx_database_metadata(handle, bytes, keyLength, &pointer, &length, $0) }
        }
        return takeString(pointer, length: length)
    }

    func metadataKeys(prefix: String) throws -> [String] {
        var list: OpaquePointer?
        try withBytes(prefix) { bytes, length in
            try xapianCall("list metadata") { cx_database_metadata_keys(handle, bytes, length, &list, $0) }
        }
        return takeStrings(list)
    }

    func synonyms(of term: String) throws -> [String] {
        var list: OpaquePointer?
        try withBytes(term) { bytes, length in
            try xapianCall("read synonyms") { cx_database_synonyms(handle, bytes, length, &list, $0) }
        }
        return takeStrings(list)
    }

    /// For each term, which of `docids` it indexes (posting lists only; no term lists are read).
    func presence(of terms: [String], in docids: [UInt32]) throws -> [[Bool]] {
        guard !terms.isEmpty, !docids.isEmpty else { return terms.map { _ in docids.map { _ in false } } }
        var bits = [UInt8](repeating: 0, count: terms.count * docids.count)
        let utf8 = terms.map { Array($0.utf8CString) }
        let lengths = terms.map { $0.utf8.count }
        try withCStringArray(utf8) { pointers in
            try xapianCall("term presence") {
                cx_database_term_presence(handle, pointers, lengths, terms.count, docids, docids.count, &bits, $0)
            }
        }
        return (0..<terms.count).map { t in (0..<docids.count).map { bits[t * docids.count + $0] != 0 } }
    }

    /// How many of the documents matching `filter` each term indexes, and how many match `filter`,
    /// in one call (see `cx_database_term_frequencies_within`).
    func frequencies(of terms: [String], within filter: XapianQuery) throws -> (counts: [Int], filterCount: Int) {
        var counts = [UInt32](repeating: 0, count: terms.count)
        var filterCount: UInt32 = 0
        let utf8 = terms.map { Array($0.utf8CString) }
        let lengths = terms.map { $0.utf8.count }
        try withCStringArray(utf8) { pointers in
            try xapianCall("term frequencies") {
                cx_database_term_frequencies_within(handle, filter.handle, pointers, lengths, terms.count, &counts, &filterCount, $0)
            }
        }
        return (counts.map(Int.init), Int(filterCount))
    }

    /// How many documents not indexed by `excluded` each term indexes, and how many documents that
    /// leaves (see `cx_database_term_frequencies_excluding`).
    func frequencies(of terms: [String], excluding excluded: String) throws -> (counts: [Int], remaining: Int) {
        var counts = [UInt32](repeating: 0, count: terms.count)
        var remaining: UInt32 = 0
        let utf8 = terms.map { Array($0.utf8CString) }
        let lengths = terms.map { $0.utf8.count }
        try withCStringArray(utf8) { pointers in
            try withBytes(excluded) { bytes, length in
                try xapianCall("term frequencies") {
                    cx_database_term_frequencies_excluding(handle, bytes, length, pointers, lengths, terms.count, &counts, &remaining, $0)
                }
            }
        }
        return (counts.map(Int.init), Int(remaining))
    }

    /// The terms of a document with their within-document frequencies.
    func termList(of docid: UInt32) throws -> [(term: String, wdf: Int)] {
        var list: OpaquePointer?
        try xapianCall("read term list") { cx_database_termlist(handle, docid, &list, $0) }
        let flat = takeStrings(list)
        return stride(from: 0, to: flat.count - 1, by: 2).map { (flat[$0], Int(flat[$0 + 1]) ?? 0) }
    }

    /// Runs a query: the page `offset..<offset+limit` by BM25 (Xapian prunes what cannot reach it) and,
    /// when `checkAtLeast` > 0, a second unweighted pass that counts at least that many matches — with
    /// the document count, every match, so the total is exact — and the `facetCount` facets packed in
    /// `facetSlot` (values joined by U+001F; see `IndexSchema.packedFacets`).
    /// With `facetTable` the facets are counted from a table of every document's packed value, read once
    /// per revision (local databases only).
    func search(_ query: XapianQuery, offset: Int, limit: Int, checkAtLeast: Int, facetSlot: Int, facetCount: Int,
                facetTable: Bool, bm25: (k1: Double, b: Double)? = nil) throws -> XapianMatches {
        var out: OpaquePointer?
        var options = cx_search_options(
            offset: UInt32(clamping: offset), limit: UInt32(clamping: limit),
            check_at_least: UInt32(clamping: checkAtLeast), bm25_k1: bm25?.k1 ?? 0, bm25_b: bm25?.b ?? -1,
            facet_slot: UInt32(clamping: facetSlot), facet_count: facetCount, facet_table: facetTable ? 1 : 0)
        try xapianCall("search") { cx_search(handle, query.handle, &options, &out, $0) }
        guard let out else { throw IndexError(.internal, "检索未返回结果") }
        return XapianMatches(handle: out, facetCount: facetCount)
    }

    /// The best terms to find more documents like `docids` (relevance feedback), skipping field-prefixed terms.
    func expand(from docids: [UInt32], count: Int) throws -> [(term: String, weight: Double)] {
        var out: OpaquePointer?
        try docids.withUnsafeBufferPointer { buffer in
            try xapianCall("expand") { cx_expand(handle, buffer.baseAddress, buffer.count, UInt32(clamping: count), 1, &out, $0) }
        }
        guard let out else { return [] }
        defer { cx_eset_free(out) }
        return (0..<cx_eset_size(out)).map { index in
            var length = 0
            let pointer = cx_eset_term(out, index, &length)
            let term = pointer.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: length), as: UTF8.self) } ?? ""
            return (term, cx_eset_weight(out, index))
        }
    }
}

/// An owned match set; freed in `deinit`.
final class XapianMatches {
    private let handle: OpaquePointer
    private let facetCount: Int

    init(handle: OpaquePointer, facetCount: Int) {
        self.handle = handle
        self.facetCount = facetCount
    }

    deinit { cx_mset_free(handle) }

    var count: Int { Int(cx_mset_size(handle)) }
    var estimatedTotal: Int { Int(cx_mset_matches_estimated(handle)) }
    func docid(at index: Int) -> UInt32 { cx_mset_docid(handle, UInt32(index)) }
    func weight(at index: Int) -> Double { cx_mset_weight(handle, UInt32(index)) }
    func matchingTerms(at index: Int) -> [String] { takeStrings(cx_mset_matching_terms(handle, UInt32(index))) }

    /// Value → count for the facet at `index` (in the order they are packed).
    func facet(_ index: Int) -> [(value: String, count: Int)] {
        let flat = takeStrings(cx_mset_facet(handle, index))
        return stride(from: 0, to: flat.count - 1, by: 2).map { (flat[$0], Int(flat[$0 + 1]) ?? 0) }
    }
}

/// Calls `body` with C string pointers to each of `strings` (NUL-terminated byte arrays).
private func withCStringArray<T>(_ strings: [[CChar]], _ body: ([UnsafePointer<CChar>?]) throws -> T) rethrows -> T {
    var pointers: [UnsafePointer<CChar>?] = []
    pointers.reserveCapacity(strings.count)
    func descend(_ index: Int) throws -> T {
        guard index < strings.count else { return try body(pointers) }
        return try strings[index].withUnsafeBufferPointer { buffer in
            pointers.append(buffer.baseAddress)
            return try descend(index + 1)
        }
    }
    return try descend(0)
}
