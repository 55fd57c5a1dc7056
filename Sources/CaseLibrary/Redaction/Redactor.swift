/// Masks personal identifiers so that their kind stays recognisable but the value does not.
public enum Redactor {
    /// A masked form of an identifier: for numbers the first three and last two digits with every
    /// other digit as `*` (`110*************2X`), separators dropped; for an e-mail address the
    /// first character of the local part, `***` and the domain (`z***@example.com`). The result
    /// never contains the full value.
    /// - Parameters:
    ///   - value: the identifier as found (full-width forms are folded).
    ///   - kind: what kind of identifier it is.
    /// - Returns: the masked text.
    public static func mask(_ value: String, kind: PersonalDataKind) -> String {
        let folded = String(String.UnicodeScalarView(value.unicodeScalars.map(ScanSource.fold)))
        if kind == .email {
            guard let at = folded.lastIndex(of: "@"), let first = folded.first, first != "@" else { return "***" }
            return "\(first)***\(folded[at...])"
        }
        let kept = folded.filter { $0.isASCII && ($0.isNumber || $0 == "X" || $0 == "x") }
        guard kept.count > 5 else { return String(repeating: "*", count: max(kept.count, 3)) }
        return String(kept.prefix(3)) + String(repeating: "*", count: kept.count - 5) + String(kept.suffix(2))
    }

    /// `text` with every identifier the scanner finds replaced by its masked form, and the findings
    /// (whose ranges refer to the original text).
    public static func redact(_ text: String, scanner: PersonalDataScanner = PersonalDataScanner()) -> (text: String, findings: [Finding]) {
        let findings = scanner.scan(text)
        guard !findings.isEmpty else { return (text, []) }
        var out = ""
        var cursor = text.startIndex
        for finding in findings {
            out.unicodeScalars.append(contentsOf: text.unicodeScalars[cursor..<finding.range.lowerBound])
            out += finding.masked
            cursor = finding.range.upperBound
        }
        out.unicodeScalars.append(contentsOf: text.unicodeScalars[cursor...])
        return (out, findings)
    }
}
