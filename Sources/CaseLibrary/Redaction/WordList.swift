/// A list of words to find at a position of a text, kept in its order (the first word that matches
/// wins, so longer words go first where that matters), with the set of their first characters:
/// most positions start no word, and one set look-up rules them out instead of a comparison per
/// word (Character comparison normalises Unicode, which made the personal-data scan the bulk of
/// `caselib validate`).
struct WordList: Sendable {
    /// The words, in matching order.
    let words: [[Character]]
    private let firsts: Set<Character>

    /// A list of `words` in this order.
    init(_ words: [[Character]]) {
        self.words = words
        firsts = Set(words.compactMap(\.first))
    }

    /// The first word (in list order) that `characters` has at `index`, or nil.
    func word(in characters: [Character], at index: Int) -> [Character]? {
        guard index < characters.count, firsts.contains(characters[index]) else { return nil }
        return words.first { index + $0.count <= characters.count && characters[index..<(index + $0.count)].elementsEqual($0) }
    }
}
