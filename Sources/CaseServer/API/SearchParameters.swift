import CaseServices

/// The query parameters of `GET /api/search`, validated and turned into a ``SearchQuery``.
///
/// `q` is query-language text (empty matches everything); `kind`, `category`, `response`,
/// `unit` and `law` may repeat (values of one name are alternatives; empty values are ignored);
/// `year` is `YYYY` or `YYYY..YYYY`; `offset` is 0…10000; `limit` is 1…100 (default 10);
/// `all=1` asks for hidden records (answered only for reviewers). Other parameters are ignored.
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
    static func searchQuery(from request: HTTPRequest) throws(APIError) -> SearchQuery {
        var search = SearchQuery(text: request.queryValue("q") ?? "")
        for name in filterNames {
            let values = request.queryValues(name).filter { !$0.isEmpty }
            if !values.isEmpty { search.filters[name] = values }
        }
        if let year = request.queryValue("year"), !year.isEmpty {
            do { search.years = try SearchQuery.years(year) } catch { throw .invalidParameter("year", error.description) }
        }
        search.limit = try integer(request, "limit", default: 10, range: 1...maxLimit)
        search.offset = try integer(request, "offset", default: 0, range: 0...maxOffset)
        search.includeHidden = try flag(request, "all")
        return search
    }

    /// An integer parameter within `range`, or `defaultValue` when absent or empty.
    static func integer(
        _ request: HTTPRequest, _ name: String, default defaultValue: Int, range: ClosedRange<Int>
    ) throws(APIError) -> Int {
        guard let text = request.queryValue(name), !text.isEmpty else { return defaultValue }
        guard text.utf8.count <= 9, let value = Int(text), range.contains(value) else {
            throw .invalidParameter(name, "应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数，收到 ‘\(text.prefix(40))’")
        }
        return value
    }

    /// A boolean parameter: absent, empty, `0` or `false` is false; `1` or `true` is true.
    static func flag(_ request: HTTPRequest, _ name: String) throws(APIError) -> Bool {
        switch request.queryValue(name) {
        case nil, "", "0", "false": return false
        case "1", "true": return true
        case let other?: throw .invalidParameter(name, "应为 1 或 0，收到 ‘\(other.prefix(40))’")
        }
    }
}
