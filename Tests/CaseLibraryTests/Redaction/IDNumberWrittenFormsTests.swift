import Testing

@testable import CaseLibrary

/// ID numbers as they are really written: grouped, with invisible characters, wrapped by an editor.
struct IDNumberWrittenFormsTests {
    let scanner = PersonalDataScanner()
    let id = Identifiers.id("11010119900307777")
    let legacy = "110105491231002"

    func kinds(_ text: String) -> [PersonalDataKind] { scanner.scan(text).map(\.kind) }

    /// Scans `before + form + after`, expecting exactly one ID number whose range is exactly `form`
    /// and whose redaction leaves `before` and `after` intact.
    func expectFoundExactly(_ form: String, value: String, before: String = "申请人身份证号", after: String = "，住址略。",
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let text = before + form + after
        let findings = scanner.scan(text)
        #expect(findings.map(\.kind) == [.idNumber], "\(form.debugDescription)", sourceLocation: sourceLocation)
        guard let finding = findings.first else { return }
        #expect(String(text.unicodeScalars[finding.range]) == form, "\(form.debugDescription)", sourceLocation: sourceLocation)
        let redacted = Redactor.redact(text).text
        #expect(redacted == before + WrittenForms.mask(value) + after, "\(form.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func findsIDNumbersGroupedBySingleSeparators() {
        for separator in WrittenForms.separators {
            expectFoundExactly(WrittenForms.grouped(id, separator: separator), value: id)
            expectFoundExactly(WrittenForms.grouped(legacy, separator: separator), value: legacy)
        }
        expectFoundExactly("110101 19900307 7774", value: "110101199003077774")
        expectFoundExactly("110101-19900307-7774", value: "110101199003077774")
    }

    @Test func findsGroupedIDNumbersEndingInX() throws {
        let body = try #require((0..<1000).map { "1101051949123" + String(1000 + $0).suffix(3) + "1" }
            .first { Identifiers.id($0).hasSuffix("X") })
        let withX = Identifiers.id(body)
        expectFoundExactly(WrittenForms.grouped(withX, separator: " "), value: withX)
        expectFoundExactly(WrittenForms.grouped(withX.lowercased(), separator: "-"), value: withX.lowercased())
        expectFoundExactly(WrittenForms.inserting("\n", into: withX, at: 17), value: withX)
    }

    @Test func ignoresGroupingsThatFitNoWrittenForm() {
        #expect(!kinds("110101 19900307-7774").contains(.idNumber))  // mixed separators
        #expect(!kinds("110101  19900307  7774").contains(.idNumber))  // double spaces
        #expect(!kinds("1101 0119 9003 0777 74").contains(.idNumber))  // groups of four
        #expect(!kinds("110101 199003077774").contains(.idNumber))  // one separator only
        #expect(!kinds("110101 19900307 7774 1234").contains(.idNumber))  // one group of a longer number
    }

    @Test func findsIDNumbersWithInvisibleCharactersInside() {
        for invisible in WrittenForms.invisibles {
            let mark = String(invisible)
            for offset in [1, 6, 9, 14, 17] {
                expectFoundExactly(WrittenForms.inserting(mark, into: id, at: offset), value: id)
            }
            expectFoundExactly(WrittenForms.inserting(mark, into: legacy, at: 7), value: legacy)
            expectFoundExactly(Array(id).map(String.init).joined(separator: mark), value: id)
            let grouped = WrittenForms.grouped(id, separator: "-")
            expectFoundExactly(WrittenForms.inserting(mark, into: grouped, at: 7), value: id)  // after the hyphen
        }
    }

    @Test func leavesInvisibleCharactersAroundTheNumberInPlace() {
        let text = "号\u{200B}\(id)\u{FEFF}，"
        let finding = scanner.scan(text).first
        #expect(finding.map { String(text.unicodeScalars[$0.range]) } == id)
        #expect(Redactor.redact(text).text == "号\u{200B}\(WrittenForms.mask(id))\u{FEFF}，")
    }

    @Test func findsIDNumbersWrappedAcrossOneLineBreak() {
        for lineBreak in ["\n", "\r\n"] {
            for offset in 1..<18 {
                expectFoundExactly(WrittenForms.inserting(lineBreak, into: id, at: offset), value: id)
            }
            for offset in 1..<15 {
                expectFoundExactly(WrittenForms.inserting(lineBreak, into: legacy, at: offset), value: legacy)
            }
            let grouped = WrittenForms.grouped(id, separator: " ")  // "110101 19900307 7774"
            for offset in [3, 6, 7, 10, 15, 16, 18] {
                expectFoundExactly(WrittenForms.inserting(lineBreak, into: grouped, at: offset), value: id)
            }
            // The line break took the place of one separator.
            expectFoundExactly("110101 19900307\(lineBreak)7774", value: "110101199003077774")
        }
        // Invisible characters between \r and \n still make one line break.
        expectFoundExactly("11010119900307\r\u{200B}\n7774", value: "110101199003077774")
    }

    @Test func joinsAcrossNoMoreThanOneLineBreak() {
        #expect(kinds("11010119900307\n\n7774") == [])
        #expect(kinds("110101\n19900307\n7774") == [])
        #expect(kinds("110101 19900307\n7774\n") == [.idNumber])
    }

    @Test func doesNotJoinANumberToTheNextOrPreviousLine() {
        expectFoundExactly(id, value: id, before: "第一项：", after: "\n2. 第二项")
        expectFoundExactly(id, value: id, before: "共12\n", after: "\n")
        expectFoundExactly(legacy, value: legacy, before: "第1\n", after: "\n345")
    }

    @Test func ignoresNumbersThatContinueALongerRunThroughInvisibleCharacters() {
        let digits = (0...9).map(String.init)
        let before = digits.first { !Identifiers.luhn($0 + id) } ?? "9"
        let after = digits.first { !Identifiers.luhn(id + $0) } ?? "7"
        #expect(kinds("\(before)\u{200B}\(id)") == [])
        #expect(kinds("\(id)\u{00AD}\(after)") == [])
        #expect(kinds("\(before)\u{FEFF}\(legacy)") == [])
    }

    @Test func findsFullWidthIDNumbersInEveryWrittenForm() {
        let wide = WrittenForms.fullWidth(id)
        expectFoundExactly(wide, value: id)
        expectFoundExactly(WrittenForms.grouped(wide, separator: "\u{3000}"), value: id)
        expectFoundExactly(WrittenForms.inserting("\u{200B}", into: wide, at: 9), value: id)
        expectFoundExactly(WrittenForms.inserting("\r\n", into: wide, at: 12), value: id)
    }

    @Test func findingsNeverEchoTheNumber() {
        let forms = [id, WrittenForms.grouped(id, separator: " "), WrittenForms.inserting("\u{200B}", into: id, at: 8),
                     WrittenForms.inserting("\n", into: id, at: 8)]
        for form in forms {
            for finding in scanner.scan("号码\(form)") {
                for shown in [String(describing: finding), String(reflecting: finding), finding.masked] {
                    let digits = WrittenForms.foldedDigits(shown)
                    #expect(!WrittenForms.windowsOfSix(id).contains { digits.contains($0) }, "\(shown)")
                }
            }
        }
    }
}
