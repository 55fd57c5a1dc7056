/// Renders identifiers the way people and editors write them, for the written-form tests.
enum WrittenForms {
    /// The invisible characters that must not hide a number.
    static let invisibles: [Unicode.Scalar] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]
    /// Group separators: space, hyphen, ideographic space, full-width hyphen, Unicode hyphen.
    static let separators = [" ", "-", "\u{3000}", "\u{FF0D}", "\u{2010}"]

    /// An 18-character ID grouped 6-8-4 or a 15-digit one grouped 6-6-3.
    static func grouped(_ id: String, separator: String) -> String {
        let characters = Array(id)
        let cuts = characters.count == 18 ? [0, 6, 14, 18] : [0, 6, 12, 15]
        return zip(cuts, cuts.dropFirst()).map { String(characters[$0..<$1]) }.joined(separator: separator)
    }

    /// `text` with `insert` placed before the character at `offset` (counted in Unicode scalars).
    static func inserting(_ insert: String, into text: String, at offset: Int) -> String {
        var scalars = Array(text.unicodeScalars)
        scalars.insert(contentsOf: insert.unicodeScalars, at: offset)
        return String(String.UnicodeScalarView(scalars))
    }

    /// Digits and `X` as full-width forms; other characters unchanged.
    static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.numericType != nil && scalar.isASCII || scalar == "X"
                ? Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar : scalar
        }))
    }

    /// The mask `Redactor` writes for an identifier: first three and last two characters kept.
    static func mask(_ value: String) -> String {
        let kept = Array(value)
        return String(kept.prefix(3)) + String(repeating: "*", count: kept.count - 5) + String(kept.suffix(2))
    }

    /// Every window of six consecutive characters of `digits`.
    static func windowsOfSix(_ digits: String) -> [String] {
        let characters = Array(digits)
        guard characters.count >= 6 else { return [] }
        return (0...characters.count - 6).map { String(characters[$0..<$0 + 6]) }
    }

    /// The ASCII digits and `X` of `text` after folding full-width forms, everything else dropped.
    static func foldedDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            let value = (0xFF10...0xFF19).contains(scalar.value) || scalar.value == 0xFF38 ? scalar.value - 0xFEE0 : scalar.value
            guard let folded = Unicode.Scalar(value), ("0"..."9").contains(folded) || folded == "X" else { return nil }
            return folded
        }))
    }
}
