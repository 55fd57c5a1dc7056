/// Finds identifiers made of letters and digits that the number matchers do not: vehicle plates,
/// certificate numbers introduced as such, and bank account numbers introduced as such.
///
/// - Plates: a province abbreviation, a letter, an optional `·` / space / `-`, then five or six
///   letters and digits with at least three digits (沪A12345, 沪A·D12345, 京N-8H2K7); also four
///   and a 学 / 警 / 挂 / 领 / 港 / 澳 suffix.
/// - Certificates: after 护照, 通行证, 签证, 证件号, 驾驶证, 军官证, 居住证, 台胞证 …, a run of 6–20
///   letters and digits with at least five digits; and anywhere, the passport shapes E/G + 8 digits
///   and E + letter + 7 digits.
/// - Accounts: after 账号, 账户, 帐号, 存折, a run of 8–30 digits, possibly grouped by spaces or
///   hyphens. A number after 卡号 / 银行卡 is a card and must pass the Luhn check (the number
///   matchers); a generic 证号 is not an introducer, so a look-alike after 身份证号 stays unreported.
struct CodeMatcher {
    let characters: [Character]

    private static let provinces: Set<Character> = Set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领")
    private static let plateSuffixes: Set<Character> = Set("学警挂领港澳试超")
    private static let certificateWords = WordList([
        "护照号码", "护照号", "护照", "通行证号码", "通行证号", "通行证", "签证号", "签证", "证件号码", "证件号",
        "驾驶证号", "驾驶证", "军官证", "士兵证", "警官证", "居住证", "台胞证", "回乡证", "执业证号", "执业证",
    ].map { Array($0) }.sorted { $0.count > $1.count })
    private static let accountWords = WordList([
        "银行账号", "银行帐号", "账号", "帐号", "账户", "帐户", "存折",
    ].map { Array($0) }.sorted { $0.count > $1.count })

    /// Found ranges with their kind, in order.
    func ranges() -> [(PersonalDataKind, Range<Int>)] {
        var found: [(PersonalDataKind, Range<Int>)] = []
        var index = 0
        while index < characters.count {
            if let range = introduced(by: Self.accountWords, at: index, read: accountNumber) {
                found.append((.bankAccount, range))
                index = range.upperBound
            } else if let range = introduced(by: Self.certificateWords, at: index, read: certificateNumber) {
                found.append((.certificate, range))
                index = range.upperBound
            } else if let end = plate(at: index) {
                found.append((.vehiclePlate, index..<end))
                index = end
            } else if let end = passport(at: index) {
                found.append((.certificate, index..<end))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private func isAlphanumeric(_ index: Int) -> Bool {
        index >= 0 && index < characters.count && characters[index].isASCII && (characters[index].isLetter || characters[index].isNumber)
    }

    private func isDigit(_ index: Int) -> Bool {
        index >= 0 && index < characters.count && characters[index].isASCII && characters[index].isNumber
    }

    /// The identifier after an introducing word at `index` (skipping 号码, a colon, 为 / 是, spaces).
    private func introduced(by words: WordList, at index: Int, read: (Int) -> Int?) -> Range<Int>? {
        guard let word = words.word(in: characters, at: index) else { return nil }
        var cursor = index + word.count
        var skipped = 0
        while cursor < characters.count, skipped < 4, "号码:：为是 　（(".contains(characters[cursor]) {
            cursor += 1
            skipped += 1
        }
        guard let end = read(cursor) else { return nil }
        return cursor..<end
    }

    private func accountNumber(at start: Int) -> Int? {
        guard isDigit(start), !isAlphanumeric(start - 1) else { return nil }
        var cursor = start
        var digits = 0
        while cursor < characters.count {
            if isDigit(cursor) {
                digits += 1
                cursor += 1
            } else if (characters[cursor] == " " || characters[cursor] == "-"), isDigit(cursor + 1) {
                cursor += 1
            } else {
                break
            }
        }
        return (8...30).contains(digits) && !isAlphanumeric(cursor) ? cursor : nil
    }

    private func certificateNumber(at start: Int) -> Int? {
        guard isAlphanumeric(start), !isAlphanumeric(start - 1) else { return nil }
        var end = start
        while isAlphanumeric(end) { end += 1 }
        let digits = characters[start..<end].filter { $0.isNumber }.count
        return (6...20).contains(end - start) && digits >= 5 ? end : nil
    }

    private func plate(at start: Int) -> Int? {
        guard Self.provinces.contains(characters[start]), start + 1 < characters.count, characters[start + 1].isASCII,
            characters[start + 1].isUppercase, !isAlphanumeric(start - 1)
        else { return nil }
        var cursor = start + 2
        if cursor < characters.count, "·• -・".contains(characters[cursor]) { cursor += 1 }
        var end = cursor
        while isAlphanumeric(end), characters[end].isUppercase || characters[end].isNumber { end += 1 }
        let length = end - cursor
        let digits = characters[cursor..<end].filter { $0.isNumber }.count
        if (5...6).contains(length), digits >= 3, !isAlphanumeric(end) { return end }
        if length == 4, digits >= 3, end < characters.count, Self.plateSuffixes.contains(characters[end]) { return end + 1 }
        return nil
    }

    /// E12345678, G12345678, EA1234567 standing alone.
    private func passport(at start: Int) -> Int? {
        guard !isAlphanumeric(start - 1), "EG".contains(characters[start]) else { return nil }
        var end = start + 1
        if characters[start] == "E", end < characters.count, characters[end].isASCII, characters[end].isUppercase { end += 1 }
        let digitStart = end
        while isDigit(end) { end += 1 }
        let needed = digitStart == start + 1 ? 8 : 7
        return end - digitStart == needed && !isAlphanumeric(end) ? end : nil
    }
}
