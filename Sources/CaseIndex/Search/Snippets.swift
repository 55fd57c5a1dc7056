import CaseLibrary

/// Picks the passage of a document that best shows why it matched and marks the matches.
public enum Snippets {
    /// Maximum passage length in characters.
    public static let length = 90

    /// A marked passage from the first of `texts` that contains a match (else the start of the first text).
    /// - Returns: the passage with its matched spans.
    public static func snippet(texts: [String], terms: Set<String>) -> Passage {
        var best: (text: String, window: Range<Int>, marks: [Range<Int>], score: Int)?
        let needsUnigrams = terms.contains { $0.count == 1 }
        // Tokenising is the expensive part: only texts that visibly contain a term are tokenised,
        // unless none does (a traditional or full-width text only matches after normalisation).
        let likely = texts.filter { text in terms.contains { containsBytes(text, $0) } }
        for text in (likely.isEmpty ? texts : likely) where !text.isEmpty {
            let matches = Tokenizer.tokens(text, unigrams: needsUnigrams).filter { terms.contains($0.term) }
            guard !matches.isEmpty else { continue }
            let candidate = bestWindow(matches: matches, textLength: text.unicodeScalars.count)
            if best == nil || candidate.score > best?.score ?? 0 {
                best = (text, candidate.window, matches.map(\.range), candidate.score)
            }
        }
        guard let best else {
            let first = texts.first(where: { !$0.isEmpty }) ?? ""
            return render(first, window: 0..<min(first.unicodeScalars.count, length), marks: [])
        }
        return render(best.text, window: best.window, marks: best.marks)
    }

    /// Whether `needle` occurs in `haystack`, comparing UTF-8 bytes (no Foundation, no normalisation).
    static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var utf8 = haystack.utf8[...]
        while let start = utf8.firstIndex(of: first) {
            if utf8[start...].starts(with: pattern) { return true }
            utf8 = utf8[utf8.index(after: start)...]
        }
        return false
    }

    /// The window of `length` characters around the match whose window holds the most distinct matched
    /// text (the sum of the lengths of the distinct terms wholly inside it); the first such anchor wins.
    /// Terms are numbered once so each window is scored with integers (this was a `Set<String>` per
    /// anchor, a tenth of a search's time).
    private static func bestWindow(matches: [Token], textLength: Int) -> (window: Range<Int>, score: Int) {
        var numbers: [String: Int] = [:]
        var lengths: [Int] = []
        let numbered = matches.map { match -> Int in
            if let number = numbers[match.term] { return number }
            numbers[match.term] = lengths.count
            lengths.append(match.term.count)
            return lengths.count - 1
        }
        var seenIn = [Int](repeating: -1, count: lengths.count)
        var bestStart = 0
        var bestScore = -1
        for (anchorIndex, anchor) in matches.enumerated() {
            let start = max(0, min(anchor.range.lowerBound - 15, textLength - length))
            let end = min(textLength, start + length)
            var score = 0
            for (index, match) in matches.enumerated() where match.range.lowerBound >= start && match.range.upperBound <= end {
                let number = numbered[index]
                if seenIn[number] != anchorIndex {
                    seenIn[number] = anchorIndex
                    score += lengths[number]
                }
            }
            if score > bestScore { bestScore = score; bestStart = start }
        }
        return (bestStart..<min(textLength, bestStart + length), bestScore)
    }

    private static func render(_ text: String, window: Range<Int>, marks: [Range<Int>]) -> Passage {
        let characters = Array(text.unicodeScalars)
        var marked = [Bool](repeating: false, count: characters.count)
        for range in marks {
            for index in range where index < marked.count { marked[index] = true }
        }
        var view = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var openAt: Int?
        for (offset, index) in window.enumerated() {
            if marked[index], openAt == nil { openAt = offset }
            if !marked[index], let start = openAt {
                spans.append(start..<offset)
                openAt = nil
            }
            view.append(characters[index] == "\n" ? " " : characters[index])
        }
        if let start = openAt { spans.append(start..<window.count) }
        return Passage(text: String(view), marks: spans, cutBefore: window.lowerBound > 0,
                       cutAfter: window.upperBound < characters.count)
    }
}
