import CaseIndex
import CaseLibrary

/// Filters that keep only some precedents (as opposed to the category and response *boosts* of
/// ``PrecedentFinder/Request``, which only lift matching cases). Empty lists filter nothing.
public struct PrecedentFilters: Sendable, Equatable {
    /// Only cases of these categories.
    public var categories: [String] = []
    /// Only cases answered with these response groups.
    public var responses: [String] = []
    /// Only cases with these statuses (unchallenged, upheld, corrected, other).
    public var statuses: [OutcomeHistory.Status] = []
    /// Only cases decided under these regimes (2008, 2019).
    public var regimes: [String] = []
    /// Only cases received in these years (inclusive).
    public var years: ClosedRange<Int>?
    /// Only cases handled by these units.
    public var units: [String] = []

    /// No filter.
    public init() {}

    /// Whether nothing is filtered.
    public var isEmpty: Bool { self == PrecedentFilters() }

    /// Checks the values against the vocabularies.
    /// - Throws: ``ServiceError/badInput(_:)`` naming the field.
    public func validate() throws(ServiceError) {
        for category in categories where !Vocabulary.categories.contains(category) {
            throw .badInput("filter_category：‘\(category)’ 不是案例类别")
        }
        for response in responses where !Vocabulary.responses.contains(response) {
            throw .badInput("filter_response：‘\(response)’ 不是答复类型")
        }
        for regime in regimes where !["2008", "2019"].contains(regime) {
            throw .badInput("regime：应为 2008 或 2019")
        }
        if let years, years.lowerBound < 1900 || years.upperBound > 2999 { throw .badInput("year：年份应为四位数字") }
    }

    /// The index filter; nil when none. A case's status is indexed as its `effect` (see
    /// `RecordDocuments`), so every filter runs in the index, over all cases.
    var indexQuery: IndexQuery? {
        var parts: [IndexQuery] = []
        func any(_ name: String, _ values: [String]) {
            if !values.isEmpty { parts.append(.or(values.map { .filterValue(name, $0) })) }
        }
        any("category", categories)
        any("response", responses)
        any("regime", regimes)
        any("unit", units)
        any("effect", statuses.map(\.rawValue))
        if let years { any("year", years.map(String.init)) }
        return parts.isEmpty ? nil : .and(parts)
    }

    /// Whether a case's status passes (checked again on the outcomes read, in case the index is older).
    func admits(_ status: OutcomeHistory.Status) -> Bool { statuses.isEmpty || statuses.contains(status) }
}
