import Foundation

/// A JSON value that keeps what the interchange format cares about: object key order,
/// the difference between integers and other numbers, and `true`/`false` as booleans.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, kept as its source text so integers stay exact.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// An object with its members in source order.
    case object([(String, JSONValue)])

    /// Whether two values are equal: objects regardless of key order, numbers by text or by `Double` value.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b || (Double(a) != nil && Double(a) == Double(b))
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            // Objects are equal as sets of members: key order does not matter.
            guard a.count == b.count else { return false }
            let right = Dictionary(b, uniquingKeysWith: { first, _ in first })
            return a.allSatisfy { key, value in right[key] == value }
        default: return false
        }
    }

    /// A short name of the value's type, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The members of an object, or nil.
    public var objectMembers: [(String, JSONValue)]? {
        if case let .object(members) = self { return members }
        return nil
    }

    /// The string, or nil.
    public var stringValue: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    /// The integer, when the value is a number with no fraction or exponent that fits `Int`.
    public var intValue: Int? {
        guard case let .number(text) = self else { return nil }
        return Int(text)
    }

    /// Looks a member up by key in an object.
    public subscript(key: String) -> JSONValue? {
        objectMembers?.first(where: { $0.0 == key })?.1
    }
}
