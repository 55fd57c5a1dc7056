import CaseLibrary
import Foundation

/// The office's working days: Monday to Friday, less the public holidays (法定节假日), plus the
/// weekend days worked in exchange (调休上班), for the years the calendar file lists — as the State
/// Council's General Office publishes them each year (`Cases/holidays.txt`, see
/// ``LibraryFiles/holidays``). A day outside the listed years is an error, never a guess.
public struct WorkCalendar: Sendable {
    /// The years the calendar covers.
    public let years: [Int]
    /// Holidays on which nobody works, with their names.
    public let holidays: [CivilDay: String]
    /// Weekend days worked in exchange, with their notes.
    public let workedWeekends: [CivilDay: String]

    /// A calendar from its parts.
    public init(years: [Int], holidays: [CivilDay: String], workedWeekends: [CivilDay: String]) {
        self.years = years.sorted()
        self.holidays = holidays
        self.workedWeekends = workedWeekends
    }

    /// Whether `day` is in a year the calendar covers.
    public func covers(_ day: CivilDay) -> Bool { years.contains(day.year) }

    /// The covered years, as written in messages (`2023、2024、2025、2026 年`).
    public var yearsText: String { years.map(String.init).joined(separator: "、") + " 年" }

    /// Whether `day` is a working day.
    /// - Throws: ``ServiceError/badInput(_:)`` when the calendar does not cover the day's year.
    public func isWorkingDay(_ day: CivilDay) throws(ServiceError) -> Bool {
        guard covers(day) else {
            throw .badInput("日期 \(day) 不在节假日日历的年份内（日历只含 \(yearsText)）：请在 Cases/\(LibraryFiles.holidays) 中补充 \(day.year) 年的放假安排")
        }
        if workedWeekends[day] != nil { return true }
        if holidays[day] != nil { return false }
        return !day.isWeekend
    }

    /// Working days after `start` up to and including `end` (0 when `end` is not after `start`).
    /// - Throws: ``ServiceError/badInput(_:)`` for a day outside the calendar.
    public func workingDays(after start: CivilDay, through end: CivilDay) throws(ServiceError) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var day = start.adding(1)
        while day <= end {
            if try isWorkingDay(day) { count += 1 }
            day = day.adding(1)
        }
        return count
    }

    /// Why a day is not worked (`国庆节`, `周末`), or nil on a working day inside the calendar.
    public func restReason(_ day: CivilDay) -> String? {
        if workedWeekends[day] != nil { return nil }
        if let name = holidays[day] { return name }
        return day.isWeekend ? "周末" : nil
    }
}
