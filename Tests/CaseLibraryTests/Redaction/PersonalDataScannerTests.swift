import Testing

@testable import CaseLibrary

/// Builds identifiers with valid (or deliberately broken) check digits, computed here by hand.
enum Identifiers {
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checks = Array("10X98765432")

    /// An 18-digit ID number with its GB 11643-1999 check character.
    static func id(_ first17: String) -> String {
        let sum = zip(first17.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return first17 + String(checks[sum % 11])
    }

    /// The same 17 digits with a wrong check character.
    static func wrongID(_ first17: String) -> String {
        let right = id(first17).last
        let wrong = "0123456789X".first { $0 != right && !luhn(first17 + String($0)) } ?? "0"
        return first17 + String(wrong)
    }

    /// Appends the Luhn check digit to `body`.
    static func card(_ body: String) -> String {
        for digit in 0...9 where luhn(body + String(digit)) { return body + String(digit) }
        return body
    }

    static func luhn(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard digits.count == text.count else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            sum += offset % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit
        }
        return sum % 10 == 0
    }
}

struct PersonalDataScannerTests {
    let scanner = PersonalDataScanner()

    func kinds(_ text: String) -> [PersonalDataKind] { scanner.scan(text).map(\.kind) }

    @Test func findsEighteenDigitIDNumbersWithValidCheckDigit() {
        for body in ["11010519491231002", "31010419850612345", "44030620001229876"] {
            let id = Identifiers.id(body)
            let findings = scanner.scan("申请人身份证号\(id)，住址略。")
            #expect(findings.map(\.kind) == [.idNumber], "\(body)")
            #expect(findings.first.map { "申请人身份证号\(id)，住址略。"[$0.range] } == Substring(id))
        }
    }

    @Test func findsIDNumberEndingInLowercaseX() throws {
        // Search a body whose check character is X.
        let body = try #require((0..<1000).map { "1101051949123" + String(format4($0)) }.first { Identifiers.id($0).hasSuffix("X") })
        let id = Identifiers.id(body)
        #expect(kinds("号码\(id)") == [.idNumber])
        #expect(kinds("号码\(id.lowercased())。") == [.idNumber])
    }

    @Test func ignoresEighteenDigitNumbersWithWrongCheckDigit() {
        #expect(kinds("编号\(Identifiers.wrongID("11010519491231002"))") == [])
        #expect(kinds("编号\(Identifiers.wrongID("31010419850612345"))号") == [])
    }

    @Test func ignoresIDNumbersWithImpossibleBirthDates() {
        #expect(kinds(Identifiers.id("11010519491331002")) != [.idNumber])
        #expect(kinds(Identifiers.id("11010518000101002")) != [.idNumber])
    }

    @Test func findsFifteenDigitLegacyIDs() {
        #expect(kinds("旧证号110105491231002。") == [.idNumber])
        #expect(kinds("旧证号110105491331002。") == [])  // month 13
    }

    @Test func ignoresNumbersInsideLongerDigitRuns() {
        let id = Identifiers.id("11010519491231002")
        // A prefix or suffix digit that does not make a Luhn-valid 19-digit card number either.
        let digits = (0...9).map(String.init)
        let before = digits.first { !Identifiers.luhn($0 + id) } ?? "9"
        let after = digits.first { !Identifiers.luhn(id + $0) } ?? "7"
        #expect(kinds("\(before)\(id)") == [])
        #expect(kinds("\(id)\(after)") == [])
        #expect(kinds("138001380001") == [])
    }

    @Test func findsFullWidthDigitsAndReportsOriginalRanges() {
        let id = Identifiers.id("11010519491231002")
        let wide = String(id.unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0) ?? $0) })
        let text = "身份证：\(wide)。电话１３８ １２３４ ５６７８"
        let findings = scanner.scan(text)
        #expect(findings.map(\.kind) == [.idNumber, .mobile])
        #expect(findings.first.map { String(text[$0.range]) } == wide)
        #expect(findings.last.map { String(text[$0.range]) } == "１３８ １２３４ ５６７８")
    }

    @Test func findsMobileNumbersInEveryWrittenForm() {
        for text in [
            "电话13812345678。", "电话+8613812345678", "电话+86 138 1234 5678", "电话86-13912345678",
            "电话8613912345678", "电话139-1234-5678", "tel:15912345678", "手机199 8765 4321联系",
        ] {
            #expect(kinds(text) == [.mobile], "\(text)")
        }
        #expect(kinds("电话12812345678") == [])
        #expect(kinds("电话1381234567") == [])
    }

    @Test func findsLandlineNumbers() {
        for text in ["联系电话021-64881234。", "电话(021)64881234", "电话（０２１）６４８８１２３４", "0571-8888888转", "（0755） 26881234"] {
            #expect(kinds(text) == [.landline], "\(text)")
        }
    }

    @Test func findsLuhnValidBankCardsAndIgnoresInvalidOnes() {
        let card = Identifiers.card("622202123456789")  // 16 digits
        #expect(kinds("卡号\(card)。") == [.bankCard])
        let grouped = stride(from: 0, to: 16, by: 4).map { String(Array(card)[$0..<$0 + 4]) }.joined(separator: " ")
        #expect(kinds("卡号\(grouped)。") == [.bankCard])
        let nineteen = Identifiers.card("621700123456789012")
        #expect(kinds("卡号\(nineteen)") == [.bankCard])
        let invalid = String(card.dropLast()) + String((Int(String(card.last ?? "0")) ?? 0 + 1) % 10 == 0 ? "1" : "0")
        if !Identifiers.luhn(invalid) { #expect(kinds("卡号\(invalid)") == []) }
        #expect(kinds("卡号6222021234567890") == (Identifiers.luhn("6222021234567890") ? [.bankCard] : []))
    }

    @Test func findsEmailAddresses() {
        let text = "邮箱zhang.san+ogi@example.com.cn，或ＬＩ＠ＱＱ．ＣＯＭ。"
        let findings = scanner.scan(text)
        #expect(findings.map(\.kind) == [.email, .email])
        #expect(findings.first.map { String(text[$0.range]) } == "zhang.san+ogi@example.com.cn")
        #expect(kinds("用户@某单位") == [])
        #expect(kinds("13812345678@qq.com") == [.email])
    }

    @Test func leavesLookAlikesAlone() {
        let text = """
            2021-03-15收到申请，20210315登记；（2021）沪0104行初123号判决；沪府复字〔2022〕第88号决定；\
            罚款人民币5,000元、12345678.90元；受案回执编号20210315000123；案号A2021-0315；\
            第三十六条第（三）项；2019年5月15日施行；电话区号021；1234567890123456
            """
        #expect(Identifiers.luhn("1234567890123456") == false)
        #expect(scanner.scan(text).isEmpty)
    }

    private func format4(_ n: Int) -> String { String(repeating: "0", count: 4 - String(n).count) + String(n) }
}
