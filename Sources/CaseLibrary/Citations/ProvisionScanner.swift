/// Reads provision references (第X条 / 第X款 / 第X项) from normalised characters.
///
/// Works on the output of `TextNormalizer` (simplified, half-width brackets and digits).
struct ProvisionScanner {
    /// A reference to one article with optional paragraph and item.
    struct Reference {
        var article: Int
        var subArticle: Int?
        var paragraph: Int?
        var item: Int?
    }

    let characters: [Character]

    /// A number written in Chinese numerals or ASCII digits starting at `index`.
    func number(at index: Int) -> (value: Int, end: Int)? {
        var end = index
        if end < characters.count, characters[end].isASCII, characters[end].isNumber {
            while end < characters.count, end - index < 5, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard let value = Int(String(characters[index..<end])), value > 0 else { return nil }
            return (value, end)
        }
        while end < characters.count, end - index < 8, ChineseNumeral.isNumeralCharacter(characters[end]) { end += 1 }
        guard end > index, let value = ChineseNumeral.parse(String(characters[index..<end])) else { return nil }
        return (value, end)
    }

    /// `第N<unit>` at `index` (unit 条, 款 or 项; items may be bracketed: 第(三)项).
    func unit(_ unit: Character, at index: Int) -> (value: Int, end: Int)? {
        guard index < characters.count, characters[index] == "第" else { return nil }
        var cursor = index + 1
        let bracketed = unit == "项" && cursor < characters.count && characters[cursor] == "("
        if bracketed { cursor += 1 }
        guard let (value, end) = number(at: cursor) else { return nil }
        cursor = end
        if bracketed {
            guard cursor < characters.count, characters[cursor] == ")" else { return nil }
            cursor += 1
        }
        guard cursor < characters.count, characters[cursor] == unit else { return nil }
        return (value, cursor + 1)
    }

    /// An article reference with its optional 之N, paragraph and item, at `index`.
    func reference(at index: Int) -> (reference: Reference, end: Int)? {
        guard let (article, afterArticle) = unit("条", at: index) else { return nil }
        var reference = Reference(article: article)
        var cursor = afterArticle
        if cursor < characters.count, characters[cursor] == "之", let (sub, end) = number(at: cursor + 1) {
            reference.subArticle = sub
            cursor = end
        }
        if let (paragraph, end) = unit("款", at: cursor) {
            reference.paragraph = paragraph
            cursor = end
        }
        if let (item, end) = unit("项", at: cursor) {
            reference.item = item
            cursor = end
        }
        return (reference, cursor)
    }

    /// Characters that join members of a list (第十四条、第十五条 / 第一款和第二款).
    static let listSeparators: Set<Character> = ["、", ",", "和", "及", "或", "与"]

    /// Characters that join the two ends of a range (第十四条至第十六条).
    static let rangeSeparators: Set<Character> = ["至", "到", "~", "-", "—"]

    /// The index after a list separator at `index` (also 以及 / 或者), or nil.
    func afterListSeparator(at index: Int) -> Int? {
        guard index < characters.count else { return nil }
        if characters[index] == "以", index + 1 < characters.count, characters[index + 1] == "及" { return index + 2 }
        if characters[index] == "或", index + 1 < characters.count, characters[index + 1] == "者" { return index + 2 }
        return Self.listSeparators.contains(characters[index]) ? index + 1 : nil
    }
}
