/// One facet value and how many matching documents have it.
public struct FacetCount: Sendable, Equatable, Codable {
    /// The facet value (a category, a year, a law, …).
    public let value: String
    /// How many matching documents have the value.
    public let count: Int

    /// Makes a count.
    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}
