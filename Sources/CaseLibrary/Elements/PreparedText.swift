/// A normalised text prepared for matching many wordings (`LegalElements.occurs`): the verb-object
/// words split in it by a particle (报的警) are found in one pass, and its counts are marked once per
/// placeholder (`CountMarks`), not once per wording — an application meets some 400 wordings, a
/// statute question 2,000.
public final class PreparedText {
    /// The normalised text.
    public let text: String
    /// Each two-character word split in the text by a particle, joined again (报的警 → 报警).
    let splitWords: Set<String>
    /// The characters of the text: a wording with any other cannot occur in it — when each character
    /// is one code point (`charactersAreScalars`). The substring search compares code points, so it
    /// finds 复印 in 复印 followed by an invisible joiner, which makes one character of 印 and the joiner.
    let characters: Set<Character>
    /// Whether every character of the text is a single code point, so that `characters` can rule
    /// wordings out (virtually every Chinese text).
    let charactersAreScalars: Bool
    private var markedByPlaceholder: [String: String] = [:]

    /// Prepares a normalised text.
    public init(_ text: String) {
        self.text = text
        let characters = Array(text)
        var words = Set<String>()
        if characters.count >= 3 {
            for index in 1..<(characters.count - 1) where LegalElements.separatingParticles.contains(characters[index]) {
                let before = characters[index - 1], after = characters[index + 1]
                if Tokenizer.isHan(before), Tokenizer.isHan(after) { words.insert(String(before) + String(after)) }
            }
        }
        splitWords = words
        self.characters = Set(characters)
        charactersAreScalars = text.unicodeScalars.count == characters.count
    }

    /// The text with its counts of at least the placeholder's least value marked (see `CountMarks.mark`).
    func marked(_ placeholder: CountMarks.Placeholder) -> String {
        if let marked = markedByPlaceholder[placeholder.text] { return marked }
        let marked = CountMarks.mark(text, atLeast: placeholder.minimum, as: placeholder.text)
        markedByPlaceholder[placeholder.text] = marked
        return marked
    }
}
