/// Checks `YYYY-MM-DD` dates against the proleptic Gregorian calendar.
public enum CalendarDate {
    /// Whether `text` is exactly `YYYY-MM-DD` and names a real day.
    public static func isValid(_ text: String) -> Bool {
        guard let (year, month, day) = components(text) else { return false }
        return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// The year, month and day of a `YYYY-MM-DD` string, without range checks.
    public static func components(_ text: String) -> (Int, Int, Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) else { return nil }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } }
        return (number(0..<4), number(5..<7), number(8..<10))
    }

    /// Days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
