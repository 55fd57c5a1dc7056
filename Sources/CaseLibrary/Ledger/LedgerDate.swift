import Foundation

/// Dates in the register: `YYYY-MM-DD`, and the forms spreadsheets write, `YYYY/M/D` and
/// `YYYY年M月D日`. Every date is kept as `YYYY-MM-DD`, which also sorts in date order.
public enum LedgerDate {
    /// The date as `YYYY-MM-DD`, or a Chinese message saying what is wrong.
    public static func parse(_ text: String) -> Result<String, LedgerDateError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let (year, month, day) = components(trimmed) else {
            return .failure(LedgerDateError(message: "日期格式不对：“\(trimmed)”（应为 YYYY-MM-DD、YYYY/M/D 或 YYYY年M月D日）"))
        }
        let canonical = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        guard CalendarDate.isValid(canonical) else { return .failure(LedgerDateError(message: "日期不存在：\(trimmed)")) }
        return .success(canonical)
    }

    /// The year of a `YYYY-MM-DD` date.
    public static func year(_ date: String) -> Int { CalendarDate.components(date)?.0 ?? 0 }

    private static func components(_ text: String) -> (Int, Int, Int)? {
        var parts: [Substring]
        if text.hasSuffix("日"), text.contains("年"), text.contains("月") {
            parts = text.dropLast().split(omittingEmptySubsequences: false) { $0 == "年" || $0 == "月" }
        } else if text.contains("/") {
            parts = text.split(separator: "/", omittingEmptySubsequences: false)
        } else {
            guard text.count == 10 else { return nil }
            parts = text.split(separator: "-", omittingEmptySubsequences: false)
        }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return (year, month, day)
    }
}

/// Why a register date could not be read.
public struct LedgerDateError: Error, Sendable, Equatable {
    /// In Chinese, quoting the cell.
    public let message: String
}
