/// The scanned text as width-folded scalars, each remembering where it came from.
///
/// Three things are normalised away before matching, so that the matchers see numbers as a reader
/// does:
/// - full-width forms are folded to ASCII (`１３８` → `138`, `　` → space, `－` and dashes → `-`);
/// - invisible characters (zero-width space and joiners, word joiner, BOM, soft hyphen, bidi
///   marks — every default-ignorable code point) are dropped;
/// - a line break (`\n`, `\r\n`, `\r`, U+2028) becomes one `\n`.
///
/// Each kept scalar remembers the range of the original text it stands for, so a match over
/// kept scalars maps back to the original text including any invisible characters inside it,
/// but not those just before or after it.
struct ScanSource {
    let scalars: [Unicode.Scalar]
    /// Where each kept scalar starts in the original text.
    let indices: [String.Index]
    /// Where each kept scalar ends in the original text (a folded `\r\n` ends after the `\n`).
    let ends: [String.Index]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        var ends: [String.Index] = []
        var lastWasCarriageReturn = false
        let view = text.unicodeScalars
        var index = view.startIndex
        while index < view.endIndex {
            let scalar = view[index]
            let next = view.index(after: index)
            defer { index = next }
            if Self.isInvisible(scalar) { continue }
            if scalar == "\n", lastWasCarriageReturn, !ends.isEmpty {
                ends[ends.count - 1] = next
                lastWasCarriageReturn = false
                continue
            }
            lastWasCarriageReturn = scalar == "\r"
            scalars.append(Self.fold(scalar))
            indices.append(index)
            ends.append(next)
        }
        self.scalars = scalars
        self.indices = indices
        self.ends = ends
    }

    var count: Int { scalars.count }

    /// Full-width ASCII to ASCII, ideographic space to space, dashes to `-`, line breaks to `\n`.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        case 0x3000: return " "
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x0D, 0x2028: return "\n"
        default: return scalar
        }
    }

    /// Characters a reader does not see, which may be hidden inside a number: U+200B–U+200D,
    /// U+2060, U+FEFF, the soft hyphen U+00AD and the other default-ignorable code points.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isDefaultIgnorableCodePoint
    }

    func character(_ position: Int) -> Unicode.Scalar? { position >= 0 && position < count ? scalars[position] : nil }

    func isDigit(_ position: Int) -> Bool {
        guard let scalar = character(position) else { return false }
        return scalar.value >= 0x30 && scalar.value <= 0x39
    }

    func isASCIILetter(_ position: Int) -> Bool {
        guard let value = character(position)?.value else { return false }
        return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    /// Length of the run of digits starting at `position`.
    func digitRun(_ position: Int) -> Int {
        var end = position
        while isDigit(end) { end += 1 }
        return end - position
    }

    /// Positions where a number may begin: a digit, `+` or `(` not preceded by a digit.
    func isStart(_ position: Int) -> Bool {
        guard !isDigit(position - 1), let scalar = character(position) else { return false }
        return isDigit(position) || scalar == "+" || scalar == "("
    }

    func text(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[range])
        return String(out)
    }

    /// A finding for kept scalars `range`; its range runs from the first kept scalar's start to the
    /// last kept scalar's end in the original text.
    func finding(_ kind: PersonalDataKind, _ range: Range<Int>) -> Finding {
        let lower = indices[range.lowerBound]
        let upper = range.isEmpty ? lower : ends[range.upperBound - 1]
        return Finding(kind: kind, range: lower..<upper, masked: Redactor.mask(text(range), kind: kind))
    }
}
