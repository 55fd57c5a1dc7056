import CaseLibrary

/// A calendar day (proleptic Gregorian) as a day number, for counting working days.
public struct CivilDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    /// The day with this day number.
    public init(ordinal: Int) { self.ordinal = ordinal }

    /// The day a `YYYY-MM-DD` string names; nil when it is not a real date.
    public init?(_ text: String) {
        guard CalendarDate.isValid(text), let (year, month, day) = CalendarDate.components(text) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// Year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The year.
    public var year: Int { components.year }

    /// 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

    /// Whether the day falls on a Saturday or Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The day `days` later (earlier when negative).
    public func adding(_ days: Int) -> CivilDay { CivilDay(ordinal: ordinal + days) }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// 星期一 … 星期日.
    public var weekdayName: String { ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"][weekday - 1] }

    public static func < (lhs: CivilDay, rhs: CivilDay) -> Bool { lhs.ordinal < rhs.ordinal }
}
