import Testing

@testable import CaseLibrary

/// Mobile and bank card numbers in the written forms the review found missing.
struct OtherNumberFormsTests {
    let scanner = PersonalDataScanner()

    @Test func findsMobileNumbersSplitByInvisibleCharacters() {
        for form in ["138\u{200B}1234\u{200B}5678", "1\u{200C}3812345678", "13812345\u{2060}678", "+86\u{FEFF}13812345678",
                     "138-\u{200D}1234-5678", "138\u{00AD}1234\u{00AD}5678"] {
            let text = "电话\(form)联系"
            let findings = scanner.scan(text)
            #expect(findings.map(\.kind) == [.mobile], "\(form.debugDescription)")
            #expect(findings.first.map { String(text.unicodeScalars[$0.range]) } == form)
            let redacted = Redactor.redact(text).text
            #expect(redacted.hasPrefix("电话") && redacted.hasSuffix("联系"))
            #expect(!WrittenForms.foldedDigits(redacted).contains("12345678"), "\(redacted)")
        }
    }

    @Test func findsBankCardsGroupedInFoursBySpacesOrHyphens() {
        for card in [Identifiers.card("622202123456789"), Identifiers.card("62170012345678901"), Identifiers.card("621700123456789012")] {
            let characters = Array(card)
            let groups = stride(from: 0, to: characters.count, by: 4).map { String(characters[$0..<min($0 + 4, characters.count)]) }
            for separator in [" ", "-", "\u{3000}", "\u{FF0D}"] {
                let form = groups.joined(separator: separator)
                let text = "卡号\(form)。"
                let findings = scanner.scan(text)
                #expect(findings.map(\.kind) == [.bankCard], "\(form)")
                #expect(findings.first.map { String(text.unicodeScalars[$0.range]) } == form)
                #expect(Redactor.redact(text).text == "卡号\(WrittenForms.mask(card))。")
            }
            let hidden = groups.joined(separator: "-\u{200B}")
            #expect(scanner.scan("卡号\(hidden)。").map(\.kind) == [.bankCard])
        }
    }

    @Test func ignoresLuhnInvalidOrMixedGroupedCards() {
        let card = Identifiers.card("622202123456789")
        let characters = Array(card)
        let last = characters[15].wholeNumberValue ?? 0
        let invalid = String(characters.prefix(15)) + String((last + 1) % 10)
        let groups = stride(from: 0, to: 16, by: 4).map { String(Array(invalid)[$0..<$0 + 4]) }
        #expect(Identifiers.luhn(invalid) == false)
        #expect(scanner.scan("卡号\(groups.joined(separator: "-"))").isEmpty)
        let valid = stride(from: 0, to: 16, by: 4).map { String(characters[$0..<$0 + 4]) }
        #expect(scanner.scan("卡号\(valid[0]) \(valid[1])-\(valid[2]) \(valid[3])").isEmpty)
    }
}
