import CaseLibrary

extension LibrarySession {
    /// What is wrong with a record before it is saved: every validation problem (`'field'：message`)
    /// and every personal identifier the redaction scanner finds, by field — so the form can warn
    /// before anything is written.
    public struct RecordCheck: Sendable {
        /// Validation problems, each naming its field.
        public let problems: [String]
        /// Personal data found: the field, what it is (in Chinese) and the masked form.
        public let findings: [(field: String, kind: String, masked: String)]
    }

    /// Checks a record without writing it.
    public func check(_ json: JSONValue) throws -> RecordCheck {
        try requireRight(.submit)
        let decoded = RecordDecoder.decode(json)
        let problems = decoded.problems.map { problem in problem.field.map { "'\($0)'：\(problem.message)" } ?? problem.message }
        let scanner = PersonalDataScanner()
        var findings: [(field: String, kind: String, masked: String)] = []
        for (field, value) in json.objectMembers ?? [] {
            let texts: [String]
            switch value {
            case let .string(text): texts = [text]
            case let .array(items): texts = items.compactMap(\.stringValue)
            default: texts = []
            }
            for text in texts {
                for finding in scanner.scan(text) { findings.append((field, finding.kind.label, finding.masked)) }
            }
        }
        return RecordCheck(problems: problems, findings: findings)
    }
}
