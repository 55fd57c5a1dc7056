/// The matchers for numbers and e-mail addresses over width-folded text.
extension ScanSource {
    /// The kind and end of the identifier starting at `position`, tried in order of specificity.
    func matchNumber(at position: Int) -> (PersonalDataKind, Int)? {
        if let end = matchIDNumber(position) { return (.idNumber, end) }
        if let end = matchBankCard(position) { return (.bankCard, end) }
        if let end = matchMobile(position) { return (.mobile, end) }
        if let end = matchLandline(position) { return (.landline, end) }
        return nil
    }

    private func matchBankCard(_ start: Int) -> Int? {
        let run = digitRun(start)
        if (16...19).contains(run) { return IdentifierChecks.isLuhnValid(text(start..<start + run)) ? start + run : nil }
        guard run == 4 || run == 6 else { return nil }
        // Grouped by single spaces or hyphens (one kind throughout): groups of four (or 6 then
        // the rest), the last group 1–4 digits.
        guard let separator = character(start + run), separator == " " || separator == "-" else { return nil }
        var groups: [Range<Int>] = [start..<start + run]
        var cursor = start + run
        while character(cursor) == separator, isDigit(cursor + 1) {
            let length = digitRun(cursor + 1)
            groups.append(cursor + 1..<cursor + 1 + length)
            cursor += 1 + length
            if length != 4 { break }
        }
        for count in stride(from: groups.count, through: 2, by: -1) {
            let chosen = groups.prefix(count)
            let digits = chosen.map { text($0) }.joined()
            let innerOK = chosen.dropLast().dropFirst().allSatisfy { $0.count == 4 }
            guard innerOK, (16...19).contains(digits.count), let last = chosen.last, (1...4).contains(last.count) || count == 2
            else { continue }
            if IdentifierChecks.isLuhnValid(digits) { return last.upperBound }
        }
        return nil
    }

    private func matchMobile(_ start: Int) -> Int? {
        var cursor = start
        if character(cursor) == "+" {
            guard character(cursor + 1) == "8", character(cursor + 2) == "6" else { return nil }
            cursor += 3
            if character(cursor) == " " || character(cursor) == "-" { cursor += 1 }
        } else if digitRun(start) == 13, character(start) == "8", character(start + 1) == "6" {
            cursor += 2
        } else if digitRun(start) == 2, character(start) == "8", character(start + 1) == "6",
            character(start + 2) == " " || character(start + 2) == "-"
        {
            cursor += 3
        }
        return matchMobileBody(cursor)
    }

    /// `1[3-9]` and nine more digits, contiguous or as 3-4-4 groups split by one kind of separator.
    private func matchMobileBody(_ start: Int) -> Int? {
        guard character(start) == "1", let second = character(start + 1), ("3"..."9").contains(second) else { return nil }
        let run = digitRun(start)
        if run == 11 { return start + 11 }
        guard run == 3, let separator = character(start + 3), separator == " " || separator == "-",
            digitRun(start + 4) == 4, character(start + 8) == separator, digitRun(start + 9) == 4
        else { return nil }
        return start + 13
    }

    private func matchLandline(_ start: Int) -> Int? {
        var cursor = start
        let opened = character(start) == "("
        if opened { cursor += 1 }
        let area = digitRun(cursor)
        guard character(cursor) == "0", area == 3 || area == 4 else { return nil }
        cursor += area
        if opened {
            guard character(cursor) == ")" else { return nil }
            cursor += 1
            if character(cursor) == " " { cursor += 1 }
        } else {
            guard character(cursor) == "-" else { return nil }
            cursor += 1
        }
        let local = digitRun(cursor)
        guard local == 7 || local == 8, character(cursor) != "0" else { return nil }
        return cursor + local
    }

    /// Ranges of e-mail addresses: a local part of letters, digits and `._%+-`, `@`, and a
    /// dotted domain ending in a letters-only top-level label.
    func emailRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lastEnd = 0
        for at in 0..<count where scalars[at] == "@" && at >= lastEnd {
            var lower = at
            while lower - 1 >= lastEnd, isLocalCharacter(lower - 1) { lower -= 1 }
            while lower < at, scalars[lower] == "." { lower += 1 }
            var upper = at + 1
            while upper < count, isASCIILetter(upper) || isDigit(upper) || scalars[upper] == "." || scalars[upper] == "-" {
                upper += 1
            }
            while upper > at + 1, scalars[upper - 1] == "." || scalars[upper - 1] == "-" { upper -= 1 }
            guard lower < at, upper > at + 1 else { continue }
            let domain = text(at + 1..<upper)
            let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last, tld.count >= 2,
                tld.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII })
            else { continue }
            ranges.append(lower..<upper)
            lastEnd = upper
        }
        return ranges
    }

    private func isLocalCharacter(_ position: Int) -> Bool {
        guard let scalar = character(position) else { return false }
        return isASCIILetter(position) || isDigit(position) || "._%+-".unicodeScalars.contains(scalar)
    }
}
