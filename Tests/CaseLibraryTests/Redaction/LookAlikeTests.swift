import Testing

@testable import CaseLibrary

/// Numbers that look like identifiers but fail their checks must survive every written form.
struct LookAlikeTests {
    let scanner = PersonalDataScanner()

    func expectUntouched(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(scanner.scan(text).isEmpty, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(Redactor.redact(text).text == text, sourceLocation: sourceLocation)
    }

    @Test func leavesDatesDocumentNumbersAndAmountsAlone() {
        for text in [
            "2021-03-15", "2021 03 15", "20210315", "2021-0315", "2021年3月15日\n20210315登记",
            "（2021）沪0104行初123号", "（2021）沪0104\n行初123号", "沪府复字〔2022〕第88号", "沪府复字〔2022〕\r\n第88号",
            "罚款人民币5,000元、12345678.90元", "12 345 678.90元", "1,234,567,890,123,456元",
            "受案回执编号20210315000123", "2021-03-15\n2021-03-16\n2021-03-17",
        ] {
            expectUntouched(text)
        }
    }

    @Test func leavesIDNumbersWithAWrongCheckDigitAloneInEveryWrittenForm() {
        for body in ["11010119900307777", "31010419850612345", "44030620001229876"] {
            let wrong = Identifiers.wrongID(body)
            var forms = [wrong, WrittenForms.fullWidth(wrong), WrittenForms.inserting("\n", into: wrong, at: 9),
                         WrittenForms.inserting("\r\n", into: wrong, at: 14), WrittenForms.inserting("\u{200B}", into: wrong, at: 5)]
            forms += WrittenForms.separators.map { WrittenForms.grouped(wrong, separator: $0) }
            for form in forms { expectUntouched("编号\(form)号") }
        }
    }

    @Test func leavesLegacyNumbersWithImpossibleBirthDatesAlone() {
        for form in ["110105491331002", "110105 491331 002", "110105-491331-002", "1101054913\n31002", "110105\u{200B}491331002"] {
            expectUntouched("旧证号\(form)。")
        }
    }
}
