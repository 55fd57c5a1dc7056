/// The period a report counts: a calendar year, or one quarter of it (季度通报).
public struct ReportPeriod: Sendable, Equatable, Hashable {
    /// The year.
    public let year: Int
    /// 1–4, or nil for the whole year.
    public let quarter: Int?

    /// A year or a quarter of it.
    /// - Throws: `ServiceError.badInput` for a year outside 1990–2100 or a quarter outside 1–4.
    public init(year: Int, quarter: Int? = nil) throws {
        guard (1990...2100).contains(year) else { throw ServiceError.badInput("年份应在 1990 至 2100 之间，而不是 \(year)") }
        if let quarter, !(1...4).contains(quarter) { throw ServiceError.badInput("季度应为 1 至 4，而不是 \(quarter)") }
        self.year = year
        self.quarter = quarter
    }

    /// The first day, `YYYY-MM-DD`.
    public var start: String {
        guard let quarter else { return "\(year)-01-01" }
        return "\(year)-\(Self.two((quarter - 1) * 3 + 1))-01"
    }

    /// The last day, `YYYY-MM-DD`.
    public var end: String {
        guard let quarter else { return "\(year)-12-31" }
        return "\(year)-\(Self.two(quarter * 3))-\(quarter == 1 || quarter == 4 ? "31" : "30")"
    }

    /// Whether a `YYYY-MM-DD` date falls in the period.
    public func contains(_ date: String) -> Bool { date >= start && date <= end }

    /// `2023年度` or `2023年第二季度`.
    public var title: String {
        guard let quarter else { return "\(year)年度" }
        return "\(year)年第\(["一", "二", "三", "四"][quarter - 1])季度"
    }

    /// The same period a year earlier.
    public var previousYear: ReportPeriod? { try? ReportPeriod(year: year - 1, quarter: quarter) }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
