/// Finds personal data in Chinese prose: resident ID numbers, mobile and landline numbers, bank
/// card and account numbers, e-mail addresses, certificate numbers, vehicle plates, addresses down
/// to the house number or room, and people's full names where the text introduces a person.
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
///
/// Names, addresses, plates, certificates and accounts are read by `NameMatcher`,
/// `AddressMatcher` and `CodeMatcher`, whose documentation says what each does and does not
/// catch; the planted set in `Tests/Fixtures/redaction/planted.txt` measures them. When two
/// findings overlap, the earlier kind in this order wins: e-mail, the numbers (so an ID number
/// after 证件号码 stays an ID number), accounts / certificates / plates, addresses, names.
public struct PersonalDataScanner: Sendable {
    /// Makes a scanner.
    public init() {}

    /// Every identifier in `text`, in order of position; ranges never overlap.
    public func scan(_ text: String) -> [Finding] {
        let source = ScanSource(text)
        var covered: [Range<Int>] = []
        var findings: [Finding] = []
        func add(_ kind: PersonalDataKind, _ range: Range<Int>) {
            guard !range.isEmpty, !covered.contains(where: { $0.overlaps(range) }) else { return }
            covered.append(range)
            findings.append(source.finding(kind, range))
        }
        for range in source.emailRanges() { add(.email, range) }
        var position = 0
        while position < source.count {
            if let email = covered.first(where: { $0.contains(position) }) {
                position = email.upperBound
                continue
            }
            if source.isStart(position), let (kind, end) = source.matchNumber(at: position),
                !covered.contains(where: { $0.overlaps(position..<end) })
            {
                add(kind, position..<end)
                position = end
            } else {
                position += 1
            }
        }
        let characters = source.scalars.map(Character.init)
        for (kind, range) in CodeMatcher(characters: characters).ranges() { add(kind, range) }
        for range in AddressMatcher(characters: characters).ranges() { add(.address, range) }
        for range in NameMatcher(characters: characters).ranges() { add(.personName, range) }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
