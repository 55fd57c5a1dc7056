/// A passage of a document with the spans that matched the query: plain text and offsets, for
/// the edges to render (HTML marks on the page, brackets on a terminal).
public struct Passage: Sendable, Equatable {
    /// The passage's text (line breaks shown as spaces).
    public let text: String
    /// The matched spans, as offsets in Unicode scalars into ``text``, ascending and disjoint.
    public let marks: [Range<Int>]
    /// Whether the document's text goes on before the passage.
    public let cutBefore: Bool
    /// Whether the document's text goes on after the passage.
    public let cutAfter: Bool

    /// Makes a passage.
    public init(text: String, marks: [Range<Int>], cutBefore: Bool = false, cutAfter: Bool = false) {
        self.text = text
        self.marks = marks
        self.cutBefore = cutBefore
        self.cutAfter = cutAfter
    }

    /// The passage's pieces in order, each with whether it is marked.
    public var pieces: [(text: String, marked: Bool)] {
        let scalars = Array(text.unicodeScalars)
        var out: [(String, Bool)] = []
        var position = 0
        func piece(_ range: Range<Int>, marked: Bool) {
            guard !range.isEmpty else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            out.append((String(view), marked))
        }
        for mark in marks {
            let lower = min(max(mark.lowerBound, position), scalars.count)
            let upper = min(max(mark.upperBound, lower), scalars.count)
            piece(position..<lower, marked: false)
            piece(lower..<upper, marked: true)
            position = upper
        }
        piece(position..<scalars.count, marked: false)
        return out
    }

    /// The matched words, in order, each once.
    public var markedWords: [String] {
        var seen = Set<String>()
        return pieces.filter(\.marked).map(\.text).filter { seen.insert($0).inserted }
    }
}
