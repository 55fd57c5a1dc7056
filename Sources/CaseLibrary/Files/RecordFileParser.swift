import Foundation

/// Reads the text form of a record (see `RecordFile`) back into a record, reporting every
/// problem with the line it is on.
public enum RecordFileParser {
    /// A parsed file: the record when it is valid, and every problem with its line.
    public struct Result: Sendable {
        /// The record, or nil when any problem was found.
        public let record: Record?
        /// Every problem, with the one-based line it is on; empty when `record` is set.
        public let problems: [(line: Int, problem: RecordProblem)]
        /// The line each field (dotted path) was found on.
        public let lines: [String: Int]
    }

    /// Parses file text.
    public static func parse(_ source: String) -> Result {
        var text = source
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }

        var state = ParseState()
        var index = 0
        while index < lines.count, !lines[index].hasPrefix("## ") {
            index = state.readHeaderLine(lines, at: index)
        }
        while index < lines.count {
            index = state.readSection(lines, at: index)
        }
        return state.finish()
    }
}

/// The working state of one parse.
private struct ParseState {
    var members: [(String, JSONValue)] = []
    var review: [(String, JSONValue)] = []
    var reviewLine = 0
    var problems: [(line: Int, problem: RecordProblem)] = []
    var lines: [String: Int] = [:]
    var kind: RecordKind?

    var specs: [FieldSpec] { kind.map(RecordSchema.fields(for:)) ?? RecordSchema.caseFields }

    mutating func readHeaderLine(_ source: [String], at index: Int) -> Int {
        let line = source[index]
        let lineNumber = index + 1
        if line.trimmingCharacters(in: .whitespaces).isEmpty { return index + 1 }
        guard let colon = line.firstIndex(of: ":") else {
            problems.append((lineNumber, RecordProblem(field: nil, message: "应为“键: 值”格式，实为 \"\(line.prefix(40))\"")))
            return index + 1
        }
        let key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
        var raw = String(line[line.index(after: colon)...])
        if raw.hasPrefix(" ") { raw.removeFirst() }
        lines[key] = lineNumber
        if key == "kind" { kind = RecordKind(rawValue: raw) }
        if raw.isEmpty {
            // A list follows as `- item` lines.
            var items: [JSONValue] = []
            var next = index + 1
            while next < source.count, let item = listItem(source[next]) {
                lines["\(key)[\(items.count)]"] = next + 1
                items.append(.string(decodePlain(item, line: next + 1, field: key)))
                next += 1
            }
            store(key, .array(items), line: lineNumber)
            return next
        }
        store(key, typedValue(raw, key: key, line: lineNumber), line: lineNumber)
        return index + 1
    }

    mutating func readSection(_ source: [String], at index: Int) -> Int {
        let name = String(source[index].dropFirst(3)).trimmingCharacters(in: .whitespaces)
        lines[name] = index + 1
        var next = index + 1
        var body: [String] = []
        while next < source.count, !source[next].hasPrefix("## ") {
            let line = source[next]
            body.append(line.hasPrefix("\\") ? String(line.dropFirst()) : line)
            next += 1
        }
        if body.first == "" { body.removeFirst() }
        if body.last == "" { body.removeLast() }
        if members.contains(where: { $0.0 == name }) {
            problems.append((index + 1, RecordProblem(field: name, message: "字段重复出现")))
        } else {
            members.append((name, .string(body.joined(separator: "\n"))))
        }
        return next
    }

    private func listItem(_ line: String) -> String? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard trimmed.hasPrefix("- ") || trimmed == "-" else { return nil }
        return String(trimmed.dropFirst(trimmed == "-" ? 1 : 2))
    }

    private mutating func decodePlain(_ raw: String, line: Int, field: String) -> String {
        guard raw.hasPrefix("\"") else { return raw }
        if let value = try? JSONParser.parse(raw), let text = value.stringValue { return text }
        problems.append((line, RecordProblem(field: field, message: "以 \" 开头的值必须是 JSON 字符串字面量")))
        return raw
    }

    private mutating func typedValue(_ raw: String, key: String, line: Int) -> JSONValue {
        let name = key.hasPrefix("review.") ? String(key.dropFirst(7)) : key
        let pool = key.hasPrefix("review.") ? RecordSchema.reviewFields : specs
        switch pool.first(where: { $0.name == name })?.type {
        case .integer?:
            if Int(raw) != nil { return .number(raw) }
            return .string(raw)  // the decoder reports the type problem
        case .boolean?:
            if raw == "true" { return .bool(true) }
            if raw == "false" { return .bool(false) }
            return .string(raw)
        case .stringList?:
            if raw == "[]" { return .array([]) }
            return .string(raw)
        default:
            return .string(decodePlain(raw, line: line, field: key))
        }
    }

    private mutating func store(_ key: String, _ value: JSONValue, line: Int) {
        if key.hasPrefix("review.") {
            let name = String(key.dropFirst(7))
            if review.contains(where: { $0.0 == name }) {
                problems.append((line, RecordProblem(field: key, message: "字段重复出现")))
            }
            if review.isEmpty { reviewLine = line }
            review.append((name, value))
            return
        }
        if members.contains(where: { $0.0 == key }) {
            problems.append((line, RecordProblem(field: key, message: "字段重复出现")))
            return
        }
        members.append((key, value))
    }

    mutating func finish() -> RecordFileParser.Result {
        if !review.isEmpty {
            members.append(("review", .object(review)))
            lines["review"] = reviewLine
        }
        guard problems.isEmpty else { return RecordFileParser.Result(record: nil, problems: problems, lines: lines) }
        let decoded = RecordDecoder.decode(.object(members))
        let located = decoded.problems.map { problem in (line: line(for: problem.field), problem: problem) }
        return RecordFileParser.Result(record: decoded.record, problems: located, lines: lines)
    }

    private func line(for field: String?) -> Int {
        guard let field else { return 1 }
        if let exact = lines[field] { return exact }
        if let base = field.split(separator: "[").first, let line = lines[String(base)] { return line }
        if field.hasPrefix("review."), let line = lines["review"] { return line }
        return 1
    }
}
