import CaseLibrary

/// Reads a JSON request body strictly, with errors that name the field.
enum JSONBody {
    /// The body as a JSON value.
    /// - Throws: ``APIError`` 400 (`invalid_body`) when it is empty, not UTF-8 or not JSON.
    static func value(_ request: HTTPRequest) throws -> JSONValue {
        guard !request.body.isEmpty else { throw APIError(status: 400, code: "invalid_body", message: "the request body must be a JSON object") }
        guard let text = String(validating: request.body, as: UTF8.self) else {
            throw APIError(status: 400, code: "invalid_body", message: "the request body is not valid UTF-8")
        }
        do {
            return try JSONParser.parse(text)
        } catch {
            throw APIError(status: 400, code: "invalid_body", message: "the request body is not valid JSON: \(error)")
        }
    }

    /// The body as a JSON object.
    static func object(_ request: HTTPRequest) throws -> JSONValue {
        let body = try value(request)
        guard body.objectMembers != nil else { throw APIError(status: 400, code: "invalid_body", message: "the request body must be a JSON object") }
        return body
    }

    /// An optional string member.
    static func string(_ object: JSONValue, _ name: String) throws -> String? {
        guard let value = object[name], value != .null else { return nil }
        guard let text = value.stringValue else { throw APIError.invalidField(name, "must be a string") }
        return text
    }

    /// An optional integer member within `range`.
    static func integer(_ object: JSONValue, _ name: String, default defaultValue: Int, range: ClosedRange<Int>) throws -> Int {
        guard let value = object[name], value != .null else { return defaultValue }
        guard let number = value.intValue, range.contains(number) else {
            throw APIError.invalidField(name, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
