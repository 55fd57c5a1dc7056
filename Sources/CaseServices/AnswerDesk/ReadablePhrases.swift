import CaseLibrary

/// Matched phrases as a person reads them. A run of matched bigrams often starts or ends inside a
/// word of the application (定书 of 决定书, 开该 of 公开该…, 某称 of 李某称, 接处警记 of 接处警记录). The
/// run is cut into words where the text is least cohesive — between two characters that rarely
/// stand together in the library (a bigram's document frequency far below its neighbours'), at
/// punctuation and at particles (的, 该, 某, 称…) — and only the words the run covers whole are
/// shown: 决定书 stays, 定书 goes; 接处警记 shows 接处警.
enum ReadablePhrases {
    /// Characters that begin or end a word rather than sit inside one.
    static let particles: Set<Character> = Set("的了对该其向将把被在和与及或为是于以之等并而即系已某称从由给就都也又还请")

    /// A bigram whose frequency is below this share of its neighbours' is a word boundary.
    static let valley = 0.25

    /// The bigrams whose frequencies `readable(_:in:frequency:)` needs (to fetch them in one call).
    static func pairs(_ phrases: [String], in text: String) -> [String] {
        let characters = Array(text)
        return phrases.compactMap { locate($0, in: characters) }.flatMap { range in
            (max(0, range.lowerBound - 2)..<min(characters.count - 1, range.upperBound + 1)).map { pair(characters, $0) }
        }
    }

    /// The readable form of `phrases` found in `text`, longest first, at most 8.
    /// - Parameter frequency: how many cases contain a (normalised) bigram.
    static func readable(_ phrases: [String], in text: String, frequency: (String) -> Int) -> [String] {
        let characters = Array(text)
        var out: [String] = []
        for phrase in phrases {
            guard let range = locate(phrase, in: characters) else { continue }
            for word in words(covering: range, in: characters, frequency: frequency) where word.count >= 2 && !out.contains(word) {
                out.append(word)
            }
        }
        let sorted = out.sorted { ($0.count, $1) > ($1.count, $0) }
        return Array(sorted.enumerated().filter { index, phrase in !sorted[..<index].contains { $0.contains(phrase) } }.map(\.element).prefix(8))
    }

    private static func locate(_ phrase: String, in characters: [Character]) -> Range<Int>? {
        let target = Array(phrase)
        guard !target.isEmpty, characters.count >= target.count else { return nil }
        return (0...(characters.count - target.count)).first { Array(characters[$0..<($0 + target.count)]) == target }
            .map { $0..<($0 + target.count) }
    }

    private static func pair(_ characters: [Character], _ index: Int) -> String {
        TextNormalizer.normalize(String(characters[index]) + String(characters[index + 1]))
    }

    /// The stretches of whole words inside `range`.
    private static func words(covering range: Range<Int>, in characters: [Character], frequency: (String) -> Int) -> [String] {
        func isWordCharacter(_ index: Int) -> Bool {
            guard index >= 0, index < characters.count, let scalar = characters[index].unicodeScalars.first else { return false }
            return (TextNormalizer.isHan(scalar) || characters[index].isLetter || characters[index].isNumber) && !particles.contains(characters[index])
        }
        func df(_ index: Int) -> Int? {  // the pair (index, index + 1)
            guard index >= 0, index + 1 < characters.count else { return nil }
            return frequency(pair(characters, index))
        }
        /// Whether a word boundary lies between `index` and `index + 1`.
        func cut(_ index: Int) -> Bool {
            guard isWordCharacter(index), isWordCharacter(index + 1), let here = df(index) else { return true }
            let around = max(df(index - 1) ?? 0, df(index + 1) ?? 0)
            return here == 0 || Double(here) < valley * Double(around)
        }
        var out: [String] = []
        var current = ""
        var start = range.lowerBound
        // A word is kept when both its ends are boundaries inside (or at the edges of) the run.
        for index in range {
            let end = index + 1
            guard cut(index) else { continue }
            let leftOK = cut(start - 1)
            // A lone character between two boundaries (a measure word, a stray half) breaks the phrase.
            if leftOK, isWordCharacter(start), end - start >= 2 {
                current += String(characters[start..<end])
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
            if !isWordCharacter(index), !current.isEmpty { out.append(current); current = "" }
            start = end
        }
        if !current.isEmpty { out.append(current) }
        return out.map { word in String(word.drop { particles.contains($0) }.reversed().drop { particles.contains($0) }.reversed()) }
    }
}
