/// The resident ID number matcher: 18 characters (17 digits and a check character) or 15 digits,
/// written plain, grouped 6-8-4 / 6-6-3, or wrapped across one line break.
extension ScanSource {
    /// What stands between two characters of a number as written.
    enum Gap: Equatable {
        /// Nothing: the characters touch (invisible characters are already dropped).
        case none
        /// One line break.
        case lineBreak
        /// A group separator (space or `-`), with or without a line break next to it.
        case separator(Unicode.Scalar, lineBreak: Bool)

        var hasLineBreak: Bool {
            switch self {
            case .none: return false
            case .lineBreak: return true
            case .separator(_, let lineBreak): return lineBreak
            }
        }

        var separator: Unicode.Scalar? {
            if case .separator(let scalar, _) = self { return scalar }
            return nil
        }
    }

    /// The end of the ID number starting at `start`, or nil. The number must not continue a
    /// digit run, its check character (18) or birth date (15) must be valid, and its gaps must
    /// follow one of the written forms: no separators at all, or the same separator at every group
    /// boundary; in either form at most one line break.
    func matchIDNumber(_ start: Int) -> Int? {
        guard isDigit(start), !isDigit(start - 1) else { return nil }
        let (positions, gaps) = readIDCharacters(from: start)
        for (length, boundaries) in [(18, [6, 14]), (15, [6, 12])] where positions.count >= length {
            let last = positions[length - 1]
            guard !isDigit(last + 1), !(isX(last) && isASCIILetter(last + 1)),
                let form = writtenForm(Array(gaps[1..<length]), boundaries: boundaries)
            else { continue }
            if case .grouped(let separator) = form, isGroupContinued(before: start, after: last, separator: separator) { continue }
            let value = String(String.UnicodeScalarView(positions[0..<length].compactMap(character)))
            let valid = length == 18 ? IdentifierChecks.isValidIDNumber18(value) : IdentifierChecks.isValidIDNumber15(value)
            if valid { return last + 1 }
        }
        return nil
    }

    /// Up to 18 ID characters from `start` and the gap before each (`gaps[0]` is `.none`): digits,
    /// the 18th may be `X`.
    private func readIDCharacters(from start: Int) -> (positions: [Int], gaps: [Gap]) {
        var positions = [start]
        var gaps: [Gap] = [.none]
        while positions.count < 18, let last = positions.last {
            let allowsX = positions.count == 17
            guard let (gap, next) = gap(after: last), isDigit(next) || (allowsX && isX(next)) else { break }
            positions.append(next)
            gaps.append(gap)
        }
        return (positions, gaps)
    }

    /// The gap after `position` and where the next character is: nothing, `\n`, a separator, or a
    /// separator and `\n` in either order.
    private func gap(after position: Int) -> (Gap, Int)? {
        let next = position + 1
        guard let first = character(next) else { return nil }
        if first == "\n" {
            if let second = character(next + 1), Self.isGroupSeparator(second) {
                return (.separator(second, lineBreak: true), next + 2)
            }
            return (.lineBreak, next + 1)
        }
        if Self.isGroupSeparator(first) {
            let wrapped = character(next + 1) == "\n"
            return (.separator(first, lineBreak: wrapped), next + (wrapped ? 2 : 1))
        }
        return (.none, next)
    }

    /// How an ID number is written.
    enum WrittenForm: Equatable {
        /// Digits only, perhaps wrapped across a line break.
        case plain
        /// Groups split by one kind of separator (a line break may stand for one of them).
        case grouped(Unicode.Scalar)
    }

    /// The written form the gaps between an ID number's characters follow, or nil when they fit none.
    private func writtenForm(_ gaps: [Gap], boundaries: [Int]) -> WrittenForm? {
        // `gaps[i]` stands before character i + 1, so boundary b is gaps[b - 1].
        guard gaps.filter(\.hasLineBreak).count <= 1 else { return nil }
        let separators = Set(gaps.compactMap(\.separator))
        guard let separator = separators.first else { return .plain }
        guard separators.count == 1 else { return nil }
        for (offset, gap) in gaps.enumerated() {
            let atBoundary = boundaries.contains(offset + 1)
            if atBoundary ? !(gap.separator != nil || gap == .lineBreak) : gap.separator != nil { return nil }
        }
        return .grouped(separator)
    }

    /// Whether a grouped number is one group of a longer grouped number: a digit and the same
    /// separator just before it, or the separator and a digit just after it.
    private func isGroupContinued(before start: Int, after last: Int, separator: Unicode.Scalar) -> Bool {
        (character(start - 1) == separator && isDigit(start - 2)) || (character(last + 1) == separator && isDigit(last + 2))
    }

    private func isX(_ position: Int) -> Bool { character(position) == "X" || character(position) == "x" }

    /// Space (full-width folded) or hyphen (full-width and dashes folded).
    private static func isGroupSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "-" }
}
