/// Removes pinyin readings that some exports insert after characters: `關(guān)于印發(fā)` →
/// `關于印發`.
///
/// A bracketed group is removed only when it directly follows a CJK ideograph, holds nothing
/// but Latin letters (with at most a space or apostrophe between syllables), and has at least
/// one tone-marked vowel (ā á ǎ à …, ǖ ǘ ǚ ǜ, ń ň ǹ). So `（一）`, `(2021)`, `(试行)`, `(PDF)` and
/// toneless `(de)` stay.
public enum PinyinAnnotationRepair {
    /// The repaired text and where annotations were removed.
    public struct Repaired: Sendable, Equatable {
        /// The text without annotations.
        public let text: String
        /// Each removed annotation (e.g. `(guān)`) with its one-based line.
        public let removed: [(line: Int, annotation: String)]

        /// Compares texts and removals.
        public static func == (lhs: Repaired, rhs: Repaired) -> Bool {
            lhs.text == rhs.text && lhs.removed.map(\.line) == rhs.removed.map(\.line)
                && lhs.removed.map(\.annotation) == rhs.removed.map(\.annotation)
        }
    }

    private static let tonedVowels: Set<Character> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ")
    private static let maxAnnotationLength = 24

    /// Removes pinyin annotations from a text.
    public static func repair(_ text: String) -> Repaired {
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var removed: [(line: Int, annotation: String)] = []
        var line = 1
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if (character == "(" || character == "（"), index > 0, isIdeograph(characters[index - 1]),
                let close = annotationEnd(characters, from: index)
            {
                removed.append((line, String(characters[index...close])))
                index = close + 1
                continue
            }
            if character == "\n" { line += 1 }
            out.append(character)
            index += 1
        }
        return Repaired(text: out, removed: removed)
    }

    /// The index of the closing bracket when `characters[open]` starts a pinyin annotation.
    private static func annotationEnd(_ characters: [Character], from open: Int) -> Int? {
        var index = open + 1
        var sawTone = false
        var letters = 0
        while index < characters.count, index - open <= maxAnnotationLength {
            let character = characters[index]
            if character == ")" || character == "）" {
                return sawTone && letters > 0 ? index : nil
            }
            if tonedVowels.contains(character) {
                sawTone = true
                letters += 1
            } else if character.isASCII && character.isLetter || character == "ü" || character == "ê" {
                letters += 1
            } else if !(character == " " || character == "'" || character == "’") {
                return nil
            }
            index += 1
        }
        return nil
    }

    private static func isIdeograph(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(TextNormalizer.isHan) ?? false
    }
}
