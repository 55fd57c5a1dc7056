import CaseLibrary

/// Why a compilation could not be built, written or printed.
public struct CompilationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure; callers may match on `code`.
    public enum Code: String, Sendable, Equatable {
        /// Personal identifiers were found and redaction was not requested.
        case personalData
        /// The options are unusable (e.g. a malformed date).
        case invalidOptions
        /// A file could not be written.
        case writeFailed
        /// A check of the statistics tables (e.g. 一 + 二 = 三 + 四) failed.
        case statisticsCheckFailed
    }

    /// What went wrong.
    public let code: Code
    /// A message for people.
    public let message: String
    /// For `personalData`: where each identifier is, never the identifier itself.
    public let findings: [FieldFinding]

    /// Makes an error.
    public init(code: Code, message: String, findings: [FieldFinding] = []) {
        self.code = code
        self.message = message
        self.findings = findings
    }

    /// The message, followed by one finding per line.
    public var description: String {
        ([message] + findings.map { "  \($0)" }).joined(separator: "\n")
    }

    static func personalData(_ findings: [FieldFinding]) -> CompilationError {
        CompilationError(
            code: .personalData,
            message: "拒绝编印：入选案例中发现 \(findings.count) 处个人信息，请删除或遮盖后编印",
            findings: findings)
    }
}
