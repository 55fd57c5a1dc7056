import CaseIndex
import CaseLibrary

/// Finds the records a session's query names.
public protocol CourseSearching {
    /// Ids of records of `kind` matching `query`, best first.
    /// - Throws: `CourseError` (`searchFailed`) when the query cannot be run.
    func ids(matching query: String, kind: RecordKind, limit: Int) throws(CourseError) -> [String]
}

/// Searches the Xapian index with the query language; hidden cases (drafts, restricted) are not returned.
public struct IndexCourseSearch: CourseSearching {
    private let reader: IndexReader
    private let includeHidden: Bool

    /// Searches through `reader`; hidden records are found only when `includeHidden` is set.
    public init(reader: IndexReader, includeHidden: Bool = false) {
        self.reader = reader
        self.includeHidden = includeHidden
    }

    /// Ids of the best hits of `kind`.
    public func ids(matching query: String, kind: RecordKind, limit: Int) throws(CourseError) -> [String] {
        do {
            let request = SearchRequest(query: query, filters: ["kind": [kind.rawValue]], limit: limit, includeHidden: includeHidden)
            return try reader.search(request).hits.map(\.item.id)
        } catch {
            throw CourseError(code: .searchFailed, message: "检索式 ‘\(query)’：\(error)")
        }
    }
}

/// A plain search without an index: records whose title or text contains every word of the
/// query (quotes dropped; `-word` and `field:value` parts ignored), in id order.
public struct RecordTextSearch: CourseSearching {
    private let records: [Record]

    /// Searches `records`.
    public init(records: [Record]) { self.records = records }

    /// Ids of matching records of `kind`.
    public func ids(matching query: String, kind: RecordKind, limit: Int) throws(CourseError) -> [String] {
        let words = query.replacingOccurrences(of: "\"", with: " ").split(whereSeparator: \.isWhitespace)
            .filter { !$0.hasPrefix("-") && !$0.contains(":") }.map { TextNormalizer.normalize(String($0)) }
        guard !words.isEmpty else { return [] }
        let matching = records.filter { record in
            guard record.kind == kind, record.isVisibleByDefault else { return false }
            let text = TextNormalizer.normalize(
                ([record.title] + CitationLinker.textFields.compactMap(record.text) + record.tags + record.list("topics"))
                    .joined(separator: "\n"))
            return words.allSatisfy { text.contains($0) }
        }
        return Array(matching.map(\.id).sorted().prefix(limit))
    }
}
