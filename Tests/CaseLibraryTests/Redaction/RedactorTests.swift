import Testing

@testable import CaseLibrary

struct RedactorTests {
    @Test func masksNumbersKeepingFirstThreeAndLastTwoDigits() {
        let id = Identifiers.id("11010519491231002")
        let masked = Redactor.mask(id, kind: .idNumber)
        #expect(masked.hasPrefix("110"))
        #expect(masked.hasSuffix(String(id.suffix(2))))
        #expect(masked.count == 18)
        #expect(!masked.contains(id))
        #expect(Redactor.mask("138 1234 5678", kind: .mobile) == "138******78")
    }

    @Test func masksEmailKeepingFirstCharacterAndDomain() {
        #expect(Redactor.mask("zhangsan@example.com", kind: .email) == "z***@example.com")
        #expect(Redactor.mask("z@example.com", kind: .email) == "z***@example.com")
    }

    @Test func redactsEveryIdentifierInText() {
        let id = Identifiers.id("31010419850612345")
        let text = "申请人（身份证\(id)，电话13912345678，邮箱li@example.org）申请公开。"
        let (redacted, findings) = Redactor.redact(text)
        #expect(findings.map(\.kind) == [.idNumber, .mobile, .email])
        #expect(!redacted.contains(id))
        #expect(!redacted.contains("13912345678"))
        #expect(!redacted.contains("li@example.org"))
        #expect(redacted.hasPrefix("申请人（身份证310"))
        #expect(redacted.hasSuffix("）申请公开。"))
    }

    @Test func locatedFindingsNeverEchoTheValue() {
        let finding = FieldFinding(recordID: "2021-XH-0001", field: "request", kind: .mobile)
        #expect(finding.description == "2021-XH-0001 request: mobile")
    }
}
