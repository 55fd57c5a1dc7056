/// The status of a case, derived once from all its outcomes — for the index (the `effect` filter of
/// cases, `结果:纠正`), the services (`OutcomeHistory.Status`) and every list that shows it.
public enum CaseStatus: String, Sendable, Codable, CaseIterable {
    /// No reconsideration or litigation outcome is recorded.
    case unchallenged
    /// Upheld by a reconsideration body or a court, never corrected.
    case upheld
    /// Some reconsideration body or court corrected the answer: a warning, never a model.
    case corrected
    /// Challenged, but neither upheld nor corrected: 驳回起诉, 准许撤诉, 复议终止, 驳回复议申请,
    /// or sent back for retrial (发回重审) and not yet decided again.
    case other

    /// The label people read: 未经复议诉讼, 经复议诉讼维持, 被纠正, 其他结果.
    public var label: String {
        switch self {
        case .unchallenged: return "未经复议诉讼"
        case .upheld: return "经复议诉讼维持"
        case .corrected: return "被纠正"
        case .other: return "其他结果"
        }
    }

    /// The status of a case with these outcomes, oldest first: unchallenged without outcomes;
    /// corrected if any outcome corrected the agency (a red flag stays, like a citator's); other
    /// when the latest outcome sent the case back for retrial (发回重审: not yet decided again);
    /// upheld if any outcome upheld it; else other (only dismissals, withdrawals and terminations —
    /// challenged, but not decided on the merits).
    public static func of(outcomesInOrder outcomes: [Record]) -> CaseStatus {
        guard !outcomes.isEmpty else { return .unchallenged }
        if outcomes.contains(where: { $0.effect == .corrected }) { return .corrected }
        if outcomes.last?.result == "发回重审" { return .other }
        if outcomes.contains(where: { $0.effect == .upheld }) { return .upheld }
        return .other
    }

    /// Orders outcomes by date, then by stage (复议, 一审, 二审, 再审), then id.
    public static func ordered(_ outcomes: [Record]) -> [Record] {
        outcomes.sorted {
            ($0.date ?? "", Vocabulary.stages.firstIndex(of: $0.stage ?? "") ?? 9, $0.id)
                < ($1.date ?? "", Vocabulary.stages.firstIndex(of: $1.stage ?? "") ?? 9, $1.id)
        }
    }
}
