import Foundation
import CaseLibrary

/// Wording shared by the Markdown and HTML renderers, so both say the same thing.
enum CompilationText {
    static let correctedBadge = "【被纠正】"
    static let prefaceHeading = "编写说明"
    static let statisticsHeading = "一、办理情况统计"
    static let casesHeading = "二、典型案例"
    static let provisionsHeading = "附录一　引用条文索引"
    static let correctedHeading = "附录二　被纠正案例一览"

    static func statisticsTitle(_ year: Int) -> String { "\(year)年度政府信息公开申请办理情况" }

    /// `2021-01　标题` with the badge when corrected.
    static func caseHeading(_ compiled: CompiledCase) -> String {
        "\(compiled.number)　\(compiled.title)" + (compiled.isCorrected ? " \(correctedBadge)" : "")
    }

    /// The facts line under 基本案情.
    static func facts(_ compiled: CompiledCase) -> String {
        var parts = ["承办单位：\(compiled.unit)", "申请人类型：\(compiled.applicantType)"]
        if let received = compiled.received { parts.append("收到申请：\(received)") }
        if let answered = compiled.answered { parts.append("作出答复：\(answered)") }
        parts.append("适用条例：\(compiled.regime)年版")
        return parts.joined(separator: "；")
    }

    /// 答复类型 line: group and sub-row.
    static func response(_ compiled: CompiledCase) -> String {
        "答复类型：\(compiled.response)" + (compiled.responseDetail.map { "（\($0)）" } ?? "")
    }

    /// The heading line of an outcome.
    static func outcomeLine(_ outcome: CompiledOutcome) -> String {
        [outcome.stage, outcome.body, outcome.number, outcome.date, "结果：\(outcome.result)\(effectLabel(outcome.effect))"]
            .compactMap { $0 }.joined(separator: "　")
    }

    static func effectLabel(_ effect: OutcomeEffect) -> String {
        switch effect {
        case .upheld: return "（维持）"
        case .corrected: return "（纠正）"
        case .other: return ""
        }
    }

    /// Paragraphs of a multi-line text, blank lines dropped.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
