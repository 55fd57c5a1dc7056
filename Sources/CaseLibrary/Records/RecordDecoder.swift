import Foundation

/// Checks one JSON object against the interchange spec and makes a `Record` of it.
///
/// Every problem in the object is reported, not just the first; a record with any problem is not made.
public enum RecordDecoder {
    /// The result of decoding: the record when there were no problems, and every problem found.
    public struct Outcome: Sendable {
        /// The record, or nil when there was any problem.
        public let record: Record?
        /// Every problem found; empty when `record` is set.
        public let problems: [RecordProblem]
    }

    /// Decodes a JSON value that should be one record.
    public static func decode(_ value: JSONValue) -> Outcome {
        guard let members = value.objectMembers else {
            return Outcome(record: nil, problems: [RecordProblem(field: nil, message: "记录必须是 JSON 对象")])
        }
        guard let kindValue = value["kind"] else {
            return Outcome(record: nil, problems: [RecordProblem(field: "kind", message: "缺少必填字段")])
        }
        guard let kindText = kindValue.stringValue, let kind = RecordKind(rawValue: kindText) else {
            let allowed = RecordKind.allCases.map(\.rawValue).joined(separator: "、")
            return Outcome(
                record: nil,
                problems: [RecordProblem(field: "kind", message: "应为 \(allowed) 之一，实为 \(describe(kindValue))")])
        }
        let limits = RecordLimits.problems(in: members, specs: RecordSchema.fields(for: kind))
        // A field over its limit is reported alone: checking a runaway value further is wasted work.
        guard limits.isEmpty else { return Outcome(record: nil, problems: limits) }
        var problems = check(members, against: RecordSchema.fields(for: kind), path: "")
        problems += checkID(value["id"])
        switch kind {
        case .case: problems += checkCaseRules(value)
        case .outcome: problems += checkOutcomeRules(value)
        case .training: break
        }
        guard problems.isEmpty else { return Outcome(record: nil, problems: problems) }
        return Outcome(record: Record(kind: kind, validatedFields: members), problems: [])
    }

    /// Rebuilds a record the index stored after validating it, without checking it again.
    /// Falls back to full decoding when the stored value does not look like a record.
    public static func decodeStored(_ value: JSONValue) -> Record? {
        guard let members = value.objectMembers, let kindText = value["kind"]?.stringValue,
            let kind = RecordKind(rawValue: kindText)
        else { return decode(value).record }
        return Record(kind: kind, validatedFields: members)
    }

    /// Whether `id` is 1–64 characters of letters, digits, `-`, `_` and `.`, and not `.` or `..`
    /// (which name folders in a path or URL, so their records could not be opened).
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 && id != "." && id != ".."
            && id.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            }
    }

    private static func checkID(_ value: JSONValue?) -> [RecordProblem] {
        guard let id = value?.stringValue else { return [] }
        guard isValidID(id) else {
            if id == "." || id == ".." {
                return [RecordProblem(field: "id", message: "id 不能是 . 或 ..（在路径和网址中表示目录，记录无法打开）")]
            }
            return [RecordProblem(field: "id", message: "id 应为 1–64 个字符，只能用字母、数字、-、_ 和 .")]
        }
        if isReservedStatuteID(id) {
            return [RecordProblem(field: "id", message: "S-<12 位十六进制数>-<序号> 形式的 id 留给法规条文使用，记录不能使用")]
        }
        return []
    }

    /// Whether `id` has the form of a statute article's id (`S-0b41b41cb736-15`), which records may not use.
    public static func isReservedStatuteID(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0] == "S", parts[1].count == 12 else { return false }
        return parts[1].allSatisfy(\.isHexDigit)
    }

    /// The years a case may carry: the OGI regime began long after 1949, and a year past 2100 is a typo.
    public static let plausibleYears = 1949...2100

    static func check(_ members: [(String, JSONValue)], against specs: [FieldSpec], path: String) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        let known = Set(specs.map(\.name))
        for (name, _) in members where !known.contains(name) {
            problems.append(RecordProblem(field: path + name, message: "未知字段"))
        }
        for spec in specs {
            let field = path + spec.name
            guard let value = members.first(where: { $0.0 == spec.name })?.1 else {
                if spec.required { problems.append(RecordProblem(field: field, message: "缺少必填字段")) }
                continue
            }
            problems += checkValue(value, spec: spec, field: field)
        }
        return problems
    }

    private static func checkValue(_ value: JSONValue, spec: FieldSpec, field: String) -> [RecordProblem] {
        func wrong(_ expected: String) -> [RecordProblem] {
            [RecordProblem(field: field, message: "应为\(expected)，实为 \(describe(value))")]
        }
        switch spec.type {
        case .string:
            guard let text = value.stringValue else { return wrong("字符串") }
            if spec.required && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return [RecordProblem(field: field, message: "不能为空")]
            }
            return checkAllowed(text, spec: spec, field: field)
        case .integer:
            guard let number = value.intValue else { return wrong("整数") }
            if spec.name == "year", !plausibleYears.contains(number) {
                return [RecordProblem(field: field, message: "\(number) 不是 \(plausibleYears.lowerBound) 至 \(plausibleYears.upperBound) 之间的年份")]
            }
            return []
        case .boolean:
            if case .bool = value { return [] }
            return wrong(" true 或 false")
        case .date:
            guard let text = value.stringValue else { return wrong(" YYYY-MM-DD 格式的日期") }
            return CalendarDate.isValid(text)
                ? [] : [RecordProblem(field: field, message: "\"\(text)\" 不是 YYYY-MM-DD 格式的有效日期")]
        case .stringList:
            guard case let .array(items) = value else { return wrong("字符串列表") }
            var problems: [RecordProblem] = []
            for (offset, item) in items.enumerated() {
                guard let text = item.stringValue else {
                    problems.append(RecordProblem(field: "\(field)[\(offset)]", message: "应为字符串，实为 \(describe(item))"))
                    continue
                }
                problems += checkAllowed(text, spec: spec, field: "\(field)[\(offset)]")
            }
            return problems
        case let .object(specs):
            guard let members = value.objectMembers else { return wrong("对象") }
            return check(members, against: specs, path: field + ".")
        }
    }

    private static func checkAllowed(_ text: String, spec: FieldSpec, field: String) -> [RecordProblem] {
        guard let allowed = spec.allowed, !allowed.contains(text) else { return [] }
        let list = allowed.count <= 12 ? "，可选：" + allowed.joined(separator: "、") : ""
        return [RecordProblem(field: field, message: "\"\(text)\" 不是允许的取值\(list)")]
    }

    private static func checkCaseRules(_ value: JSONValue) -> [RecordProblem] {
        checkApplicantSubtype(value) + checkResponseDetail(value)
    }

    /// `applicant_subtype` (spec v1.1) only goes with 法人或其他组织.
    private static func checkApplicantSubtype(_ value: JSONValue) -> [RecordProblem] {
        guard value["applicant_subtype"] != nil, let type = value["applicant_type"]?.stringValue, type != "法人或其他组织" else {
            return []
        }
        return [RecordProblem(field: "applicant_subtype", message: "只有 applicant_type 为 法人或其他组织 时才填写，此处为 \(type)")]
    }

    private static func checkResponseDetail(_ value: JSONValue) -> [RecordProblem] {
        guard let response = value["response"]?.stringValue, let details = Vocabulary.responseDetails[response] else {
            return []
        }
        let detail = value["response_detail"]?.stringValue
        if details.isEmpty, detail != nil {
            return [RecordProblem(field: "response_detail", message: "response 为 \(response) 时不应填写")]
        }
        if !details.isEmpty {
            guard let detail else {
                return [RecordProblem(field: "response_detail", message: "response 为 \(response) 时必须填写")]
            }
            if Vocabulary.allResponseDetails.contains(detail), !details.contains(detail) {
                return [RecordProblem(
                    field: "response_detail",
                    message: "\"\(detail)\" 不是 \(response) 的细分项，可选：\(details.joined(separator: "、"))")]
            }
        }
        return []
    }

    private static func checkOutcomeRules(_ value: JSONValue) -> [RecordProblem] {
        guard let stage = value["stage"]?.stringValue, let result = value["result"]?.stringValue,
            Vocabulary.stages.contains(stage), Vocabulary.allResults.contains(result)
        else { return [] }
        let allowed = stage == "行政复议" ? Vocabulary.reconsiderationResults : Vocabulary.litigationResults
        guard !allowed.contains(result) else { return [] }
        return [RecordProblem(field: "result", message: "\"\(result)\" 不是 \(stage) 阶段的结果")]
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case let .string(text): return "\"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case let .number(text): return text
        case let .bool(flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array: return "数组"
        case .object: return "对象"
        }
    }
}
