/// The `{name}` segments of a matched route pattern, percent-decoded.
///
/// Values are plain strings; validating them (for example as case ids) is
/// the handler's job.
public struct RouteParameters: Sendable, Equatable {
    /// Every parameter by name.
    public let values: [String: String]

    /// Creates parameters from a dictionary.
    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// The value of the parameter `name`, if the pattern has it.
    public subscript(name: String) -> String? { values[name] }
}
