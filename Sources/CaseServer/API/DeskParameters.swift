import CaseLibrary
import CaseServices

/// Reads the answer desk's inputs — precedent filters and deadline dates — from a JSON body
/// (`POST /api/precedents`) or a query string (`GET /api/deadline`), with errors that name the field.
enum DeskParameters {
    /// A day `YYYY-MM-DD`.
    static func day(_ text: String, _ name: String) throws(APIError) -> CivilDay {
        guard let day = CivilDay(text.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidParameter(name, "日期应写作 YYYY-MM-DD，收到 ‘\(text.prefix(40))’")
        }
        return day
    }

    /// A period `YYYY-MM-DD..YYYY-MM-DD` (both days included).
    static func period(_ text: String, _ name: String) throws(APIError) -> ClosedRange<CivilDay> {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2 else { throw .invalidParameter(name, "期间应写作 YYYY-MM-DD..YYYY-MM-DD，收到 ‘\(text.prefix(40))’") }
        let first = try day(parts[0], name)
        let last = try day(parts[1], name)
        guard first <= last else { throw .invalidParameter(name, "期间的开始日期 \(first) 晚于结束日期 \(last)") }
        return first...last
    }

    /// The deadline request from `received`, `corrected`, `extended` and `paused` values; nil without `received`.
    static func deadline(received: String?, corrected: String?, extended: Bool, paused: [String]) throws(APIError) -> AnswerDeadline.Request? {
        guard let received, !received.isEmpty else {
            if corrected?.isEmpty == false || !paused.isEmpty { throw .invalidParameter("received", "请填写收到申请的日期") }
            return nil
        }
        var periods: [ClosedRange<CivilDay>] = []
        for text in paused where !text.isEmpty { periods.append(try period(text, "paused")) }
        return AnswerDeadline.Request(received: try day(received, "received"),
                                      corrected: try corrected.flatMap { $0.isEmpty ? nil : $0 }.map { text throws(APIError) in try day(text, "corrected") },
                                      extended: extended, paused: periods)
    }

    /// A member that is a string or an array of strings, as a list (empty strings dropped).
    static func strings(_ object: JSONValue, _ name: String) throws -> [String] {
        guard let value = object[name], value != .null else { return [] }
        if let text = value.stringValue { return text.isEmpty ? [] : [text] }
        guard case let .array(items) = value else { throw APIError.invalidField(name, "应为字符串或字符串数组") }
        return try items.map { item in
            guard let text = item.stringValue else { throw APIError.invalidField(name, "应为字符串或字符串数组") }
            return text
        }.filter { !$0.isEmpty }
    }

    /// A boolean member (true/false, or 1/0).
    static func flag(_ object: JSONValue, _ name: String) throws -> Bool {
        guard let value = object[name], value != .null else { return false }
        if case let .bool(flag) = value { return flag }
        if let number = value.intValue, number == 0 || number == 1 { return number == 1 }
        throw APIError.invalidField(name, "应为 true 或 false")
    }

    /// The precedent filters of a JSON body: `filter_category`, `filter_response`, `status`, `regime`,
    /// `year` (2019..2023), `unit` — each a string or an array of strings.
    static func filters(_ body: JSONValue) throws -> PrecedentFilters {
        var filters = PrecedentFilters()
        filters.categories = try strings(body, "filter_category")
        filters.responses = try strings(body, "filter_response")
        filters.statuses = try strings(body, "status").map { text in
            guard let status = OutcomeHistory.Status(rawValue: text) else {
                throw APIError.invalidField("status", "应为 unchallenged、upheld、corrected 或 other，收到 ‘\(text.prefix(40))’")
            }
            return status
        }
        filters.regimes = try strings(body, "regime")
        filters.units = try strings(body, "unit")
        if let year = try JSONBody.string(body, "year"), !year.isEmpty {
            do { filters.years = try SearchQuery.years(year) } catch { throw APIError.invalidField("year", error.description) }
        }
        do { try filters.validate() } catch { throw APIError.invalidField(String(error.description.prefix { $0 != "：" }), error.description) }
        return filters
    }
}
