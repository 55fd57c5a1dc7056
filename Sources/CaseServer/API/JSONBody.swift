import CaseLibrary

/// Reads a JSON request body strictly, with errors that name the field.
enum JSONBody {
    /// The body as a JSON value.
    /// - Throws: ``APIError`` 400 (`invalid_body`) when it is empty, not UTF-8 or not JSON.
    static func value(_ request: HTTPRequest) throws -> JSONValue {
        guard !request.body.isEmpty else { throw APIError(status: 400, code: "invalid_body", message: "请求体应为 JSON 对象") }
        guard let text = String(validating: request.body, as: UTF8.self) else {
            throw APIError(status: 400, code: "invalid_body", message: "请求体不是有效的 UTF-8 文本")
        }
        do {
            return try JSONParser.parse(text)
        } catch let error as JSONParseError {
            // The parser's own words are for programmers; a person reads where it went wrong.
            throw APIError(status: 400, code: "invalid_body", message: "请求体不是有效的 JSON：第 \(error.offset + 1) 个字节附近有误")
        } catch {
            throw APIError(status: 400, code: "invalid_body", message: "请求体不是有效的 JSON")
        }
    }

    /// The body as a JSON object.
    static func object(_ request: HTTPRequest) throws -> JSONValue {
        let body = try value(request)
        guard body.objectMembers != nil else { throw APIError(status: 400, code: "invalid_body", message: "请求体应为 JSON 对象") }
        return body
    }

    /// An optional string member.
    static func string(_ object: JSONValue, _ name: String) throws -> String? {
        guard let value = object[name], value != .null else { return nil }
        guard let text = value.stringValue else { throw APIError.invalidField(name, "应为字符串") }
        return text
    }

    /// An optional integer member within `range`.
    static func integer(_ object: JSONValue, _ name: String, default defaultValue: Int, range: ClosedRange<Int>) throws -> Int {
        guard let value = object[name], value != .null else { return defaultValue }
        guard let number = value.intValue, range.contains(number) else {
            throw APIError.invalidField(name, "应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数")
        }
        return number
    }
}
