/// The scanned text as width-folded scalars, each remembering where it came from.
struct ScanSource {
    let scalars: [Unicode.Scalar]
    let indices: [String.Index]
    let end: String.Index

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        let view = text.unicodeScalars
        var index = view.startIndex
        while index < view.endIndex {
            scalars.append(Self.fold(view[index]))
            indices.append(index)
            index = view.index(after: index)
        }
        self.scalars = scalars
        self.indices = indices
        self.end = view.endIndex
    }

    var count: Int { scalars.count }

    /// Full-width ASCII to ASCII, ideographic space to space, dashes to `-`.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        case 0x3000: return " "
        case 0x2010...0x2015, 0x2212: return "-"
        default: return scalar
        }
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

    func finding(_ kind: PersonalDataKind, _ range: Range<Int>) -> Finding {
        let upper = range.upperBound < count ? indices[range.upperBound] : end
        return Finding(kind: kind, range: indices[range.lowerBound]..<upper, masked: Redactor.mask(text(range), kind: kind))
    }
}
