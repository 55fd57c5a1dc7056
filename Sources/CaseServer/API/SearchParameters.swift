import CaseIndex

/// The query parameters of `GET /api/search`, validated and turned into a ``SearchRequest``.
///
/// `q` is query-language text (empty matches everything); `kind`, `category`, `response`,
/// `unit` and `law` may repeat (values of one name are alternatives; empty values are ignored);
/// `year` is `YYYY` or `YYYY..YYYY`; `offset` is 0…10000; `limit` is 1…100 (default 10);
/// `all=1` includes hidden records. Other parameters are ignored.
enum SearchParameters {
    /// The largest accepted `limit`.
    static let maxLimit = 100
    /// The largest accepted `offset`.
    static let maxOffset = 10_000
    /// The repeatable filter parameters, in the order they are documented.
    static let filterNames = ["kind", "category", "response", "unit", "law"]

    /// The search the request asks for.
    ///
    /// - Throws: ``APIError/invalidParameter(_:_:)`` naming the first bad parameter.
    static func searchRequest(from request: HTTPRequest, hiddenAllowed: Bool = true) throws(APIError) -> SearchRequest {
        var search = SearchRequest(query: request.queryValue("q") ?? "")
        for name in filterNames {
            let values = request.queryValues(name).filter { !$0.isEmpty }
            if !values.isEmpty { search.filters[name] = values }
        }
        if let year = request.queryValue("year"), !year.isEmpty {
            search.years = try years(year)
        }
        search.limit = try integer(request, "limit", default: 10, range: 1...maxLimit)
        search.offset = try integer(request, "offset", default: 0, range: 0...maxOffset)
        search.includeHidden = try includeHidden(request, allowed: hiddenAllowed)
        return search
    }

    /// Whether the request asks for hidden records (`all=1`) and may have them.
    ///
    /// Drafts, unreviewed and restricted cases are for reviewers. Until the service has user
    /// accounts, only a server started with `--reviewer-access` shows them; elsewhere `all=1` is
    /// refused with 403 rather than silently ignored, so a reviewer knows why nothing changed.
    static func includeHidden(_ request: HTTPRequest, allowed: Bool) throws(APIError) -> Bool {
        guard try flag(request, "all") else { return false }
        guard allowed else {
            throw APIError(status: 403, code: "forbidden",
                           message: "parameter 'all': hidden records (drafts, unreviewed, restricted) are shown only by a server started with --reviewer-access")
        }
        return true
    }

    /// An integer parameter within `range`, or `defaultValue` when absent or empty.
    static func integer(
        _ request: HTTPRequest, _ name: String, default defaultValue: Int, range: ClosedRange<Int>
    ) throws(APIError) -> Int {
        guard let text = request.queryValue(name), !text.isEmpty else { return defaultValue }
        guard text.utf8.count <= 9, let value = Int(text), range.contains(value) else {
            throw .invalidParameter(
                name, "must be a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text.prefix(40))'")
        }
        return value
    }

    /// A boolean parameter: absent, empty, `0` or `false` is false; `1` or `true` is true.
    static func flag(_ request: HTTPRequest, _ name: String) throws(APIError) -> Bool {
        switch request.queryValue(name) {
        case nil, "", "0", "false": return false
        case "1", "true": return true
        case let other?: throw .invalidParameter(name, "must be 1 or 0, got '\(other.prefix(40))'")
        }
    }

    /// `YYYY` or `YYYY..YYYY` (low ≤ high) as a range.
    static func years(_ text: String) throws(APIError) -> ClosedRange<Int> {
        // The query language's own year syntax, so `year=2019..` works as `year:2019..` does.
        do {
            return try QueryLanguage.parseYears(text)
        } catch {
            throw .invalidParameter("year", "must be YYYY, YYYY..YYYY, YYYY.. or ..YYYY with the first year not after the second, got '\(text.prefix(40))'")
        }
    }
}
