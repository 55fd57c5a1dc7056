/// Finds personal identifiers in Chinese prose: resident ID numbers, mobile and landline numbers,
/// bank card numbers and e-mail addresses.
///
/// The scanner folds full-width forms (`１３８`, `（`, `＠`) to ASCII and drops invisible characters
/// (zero-width space and joiners, BOM, soft hyphen) before matching, but reports ranges in the
/// original string, covering any separators and invisible characters inside the identifier.
/// ID numbers are also found grouped 6-8-4 / 6-6-3 (`110101 19900307 7774`, `110101-19900307-7774`)
/// and wrapped across one line break; bank cards grouped in fours by spaces or hyphens. A number
/// only matches when bounded by non-digits, so a run of digits inside a longer run is never
/// reported. Numbers that merely look like identifiers —
/// dates, document numbers, 18-digit numbers with a wrong check digit, Luhn-invalid card numbers,
/// amounts — are left alone.
public struct PersonalDataScanner: Sendable {
    /// Makes a scanner.
    public init() {}

    /// Every identifier in `text`, in order of position; ranges never overlap.
    public func scan(_ text: String) -> [Finding] {
        let source = ScanSource(text)
        var findings: [Finding] = []
        var covered: [Range<Int>] = []
        for range in source.emailRanges() {
            covered.append(range)
            findings.append(source.finding(.email, range))
        }
        var position = 0
        while position < source.count {
            if let email = covered.first(where: { $0.contains(position) }) {
                position = email.upperBound
                continue
            }
            if source.isStart(position), let (kind, end) = source.matchNumber(at: position),
                !covered.contains(where: { $0.overlaps(position..<end) })
            {
                findings.append(source.finding(kind, position..<end))
                position = end
            } else {
                position += 1
            }
        }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
