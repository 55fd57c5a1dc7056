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
    ///
    /// Names become surname + 某 (王建国 → 王某, 欧阳明 → 欧阳某); addresses keep the place name and
    /// lose every number (黄浦区福州路123弄4号502室 → 黄浦区福州路××); plates keep the province and
    /// letter (沪A*****); certificate numbers keep the first and last two characters' outline
    /// (E******78).
    public static func mask(_ value: String, kind: PersonalDataKind) -> String {
        let folded = String(String.UnicodeScalarView(value.unicodeScalars.map(ScanSource.fold)))
        switch kind {
        case .email:
            guard let at = folded.lastIndex(of: "@"), let first = folded.first, first != "@" else { return "***" }
            return "\(first)***\(folded[at...])"
        case .personName:
            let compound = ChineseNames.compoundSurnames.contains(String(folded.prefix(2)))
            return String(folded.prefix(compound ? 2 : 1)) + "某"
        case .address:
            let place = folded.prefix { !($0.isASCII && $0.isNumber) && !"〇零一二三四五六七八九十".contains($0) }
            return (place.count < folded.count ? String(place) : "") + "××"
        case .vehiclePlate:
            return String(folded.prefix(2)) + "*****"
        case .certificate:
            let kept = folded.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            guard kept.count > 4 else { return "****" }
            return String(kept.prefix(1)) + String(repeating: "*", count: kept.count - 3) + String(kept.suffix(2))
        default:
            break
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
