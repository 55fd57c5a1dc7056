/// The arithmetic checks that tell a real identifier from a look-alike number.
public enum IdentifierChecks {
    private static let idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let idCheckCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// The GB 11643-1999 check character for the first 17 digits of an ID number, or nil when
    /// the input is not 17 ASCII digits.
    public static func idCheckCharacter(for first17: String) -> Character? {
        let digits = first17.compactMap(\.wholeNumberValue)
        guard digits.count == 17, first17.count == 17 else { return nil }
        let sum = zip(digits, idWeights).reduce(0) { $0 + $1.0 * $1.1 }
        return idCheckCharacters[sum % 11]
    }

    /// Whether an 18-character string is a resident ID number: 17 digits, the right check
    /// character (`X` in either case) and a plausible birth date (1900 to 2099).
    public static func isValidIDNumber18(_ text: String) -> Bool {
        guard text.count == 18, let last = text.last else { return false }
        let first17 = String(text.prefix(17))
        guard let expected = idCheckCharacter(for: first17), Character(last.uppercased()) == expected else { return false }
        let birth = Array(first17.dropFirst(6).prefix(8)).compactMap(\.wholeNumberValue)
        guard birth.count == 8 else { return false }
        let year = birth[0...3].reduce(0) { $0 * 10 + $1 }
        return (1900...2099).contains(year) && isPlausibleDay(year: year, digits: Array(birth[4...7]))
    }

    /// Whether a 15-digit string is a legacy ID number: digits with a plausible `yymmdd` birth date
    /// in positions 7–12 (read as 19yy).
    public static func isValidIDNumber15(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard digits.count == 15, text.count == 15 else { return false }
        let year = 1900 + digits[6] * 10 + digits[7]
        return isPlausibleDay(year: year, digits: Array(digits[8...11]))
    }

    /// Whether a string of digits passes the Luhn check.
    public static func isLuhnValid(_ digitsText: String) -> Bool {
        let digits = digitsText.compactMap(\.wholeNumberValue)
        guard digits.count == digitsText.count, !digits.isEmpty else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// Month and day digits (`mmdd`) name a real day of `year`.
    private static func isPlausibleDay(year: Int, digits: [Int]) -> Bool {
        guard digits.count == 4 else { return false }
        let month = digits[0] * 10 + digits[1]
        let day = digits[2] * 10 + digits[3]
        guard (1...12).contains(month) else { return false }
        let days: Int
        switch month {
        case 2: days = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: days = 30
        default: days = 31
        }
        return (1...days).contains(day)
    }
}
