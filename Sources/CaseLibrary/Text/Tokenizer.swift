/// A term produced from text, with where it came from.
public struct Token: Sendable, Equatable {
    /// The normalised term (a CJK unigram or bigram, or a Latin/digit word).
    public let term: String
    /// The term's position in the text (one-based), used for phrase matching.
    public let position: Int
    /// The range of the term in the original text, in offsets of its `unicodeScalars`.
    public let range: Range<Int>
    /// Whether the term is a CJK bigram.
    public let isBigram: Bool
    /// Whether phrases need the term's position: a unigram or a word, not a bigram. A phrase is
    /// checked by the positions of its characters and words, one per position in the text, and
    /// weighed by its bigrams (`QueryBuilder.phrase`), so a bigram's positions would only repeat
    /// its characters'.
    public var needsPosition: Bool { !isBigram }
}

/// Splits normalised text into index terms: each run of CJK ideographs gives its unigrams and
/// overlapping bigrams (a unigram and the bigram starting at it share a position); each run of
/// letters and digits gives one word.
public enum Tokenizer {
    /// Longest word kept, in UTF-8 bytes; longer ones are cut (Xapian's limit is 245 bytes per term).
    public static let maxWordBytes = 64

    /// Tokenises `text` after normalising it.
    /// - Parameter unigrams: whether to emit CJK unigrams beside the bigrams (runs of one ideograph
    ///   always give their unigram).
    public static func tokens(_ text: String, unigrams: Bool = true) -> [Token] {
        let (scalars, origins) = TextNormalizer.normalizeScalarsWithOrigins(text)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count * (unigrams ? 2 : 1))
        var position = 0
        var index = 0
        while index < scalars.count {
            if TextNormalizer.isHan(scalars[index]) {
                var end = index
                while end < scalars.count, TextNormalizer.isHan(scalars[end]) { end += 1 }
                for i in index..<end {
                    position += 1
                    let origin = origins[i]
                    if unigrams || end - index == 1 {
                        tokens.append(Token(term: String(Character(scalars[i])), position: position,
                                            range: origin..<origin + 1, isBigram: false))
                    }
                    if i + 1 < end {
                        var pair = String.UnicodeScalarView()
                        pair.append(scalars[i])
                        pair.append(scalars[i + 1])
                        tokens.append(Token(term: String(pair), position: position, range: origin..<origins[i + 1] + 1,
                                            isBigram: true))
                    }
                }
                index = end
            } else if isWordScalar(scalars[index]) {
                var end = index
                while end < scalars.count, isWordScalar(scalars[end]), !TextNormalizer.isHan(scalars[end]) { end += 1 }
                position += 1
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[index..<end])
                var word = String(view)
                if word.utf8.count > maxWordBytes { word = truncate(word) }
                tokens.append(Token(term: word, position: position, range: origins[index]..<origins[end - 1] + 1,
                                    isBigram: false))
                index = end
            } else {
                index += 1
            }
        }
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The distinct query terms of a text: bigrams for CJK runs (a unigram for a single ideograph),
    /// words for Latin and digits, in order of first appearance.
    public static func queryTerms(_ text: String) -> [String] {
        var seen = Set<String>()
        return tokens(text, unigrams: false).map(\.term).filter { seen.insert($0).inserted }
    }

    /// Whether a character is a CJK ideograph.
    public static func isHan(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return TextNormalizer.isHan(scalar)
    }

    /// Whether the tokenizer indexes a character: an ideograph, a letter or a digit (what runs of
    /// 打110 and 未满18岁 are made of); punctuation and spaces separate terms.
    public static func isWordCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return TextNormalizer.isHan(scalar) || isWordScalar(scalar)
    }

    private static func truncate(_ word: String) -> String {
        var out = ""
        for character in word {
            if out.utf8.count + String(character).utf8.count > maxWordBytes { break }
            out.append(character)
        }
        guard out.isEmpty else { return out }
        // The first character alone is over the limit (a letter under dozens of combining marks):
        // cut between scalars instead, never to an empty term.
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if String(scalars).utf8.count + String(scalar).utf8.count > maxWordBytes { break }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
