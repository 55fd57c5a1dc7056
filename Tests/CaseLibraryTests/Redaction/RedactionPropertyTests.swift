import TestSupport
import Testing

@testable import CaseLibrary

struct RedactionPropertyTests {
    /// A random valid ID number: 18 characters with its check character, or (one in five) 15 digits.
    static func randomID(using random: inout SeededGenerator) -> String {
        let region = String(Int.random(in: 110_000...659_999, using: &random))
        let year = Int.random(in: 1900...2024, using: &random)
        let month = Int.random(in: 1...12, using: &random)
        let day = Int.random(in: 1...28, using: &random)
        let sequence = Int.random(in: 0...999, using: &random)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let tail = String(String(1000 + sequence).suffix(3))
        if Int.random(in: 0..<5, using: &random) == 0 {
            return region + two(year % 100) + two(month) + two(day) + tail
        }
        return Identifiers.id(region + String(year) + two(month) + two(day) + tail)
    }

    /// `id` in a random written form: full-width or not, then grouped with a random separator or
    /// not, then invisible characters and at most one line break inserted strictly inside.
    static func randomForm(of id: String, using random: inout SeededGenerator) -> String {
        var form = Bool.random(using: &random) ? WrittenForms.fullWidth(id) : id
        if Bool.random(using: &random), let separator = WrittenForms.separators.randomElement(using: &random) {
            form = WrittenForms.grouped(form, separator: separator)
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            guard let invisible = WrittenForms.invisibles.randomElement(using: &random) else { continue }
            let count = form.unicodeScalars.count
            form = WrittenForms.inserting(String(invisible), into: form, at: Int.random(in: 1..<count, using: &random))
        }
        if Bool.random(using: &random) {
            let lineBreak = Bool.random(using: &random) ? "\n" : "\r\n"
            let scalars = Array(form.unicodeScalars)
            // Anywhere strictly inside, but not between an inserted \r and \n.
            let offsets = (1..<scalars.count).filter { scalars[$0 - 1] != "\r" }
            if let offset = offsets.randomElement(using: &random) {
                form = WrittenForms.inserting(lineBreak, into: form, at: offset)
            }
        }
        return form
    }

    @Test func redactionLeavesNoSixDigitRunOfAnyIDNumberInAnyWrittenForm() {
        var random = SeededGenerator(seed: 20_240_611)
        let before = "申请人身份证号码：", after = "，请核对。"
        for round in 0..<200 {
            let id = Self.randomID(using: &random)
            let form = Self.randomForm(of: id, using: &random)
            let text = before + form + after
            let (redacted, findings) = Redactor.redact(text)
            let digits = WrittenForms.foldedDigits(redacted)
            let leaked = WrittenForms.windowsOfSix(id).filter { digits.contains($0) }
            #expect(leaked.isEmpty, "round \(round): \(form.debugDescription) → \(redacted.debugDescription)")
            #expect(findings.map(\.kind) == [.idNumber], "round \(round): \(form.debugDescription)")
            #expect(redacted == before + WrittenForms.mask(id) + after, "round \(round): \(form.debugDescription)")
        }
    }
}
