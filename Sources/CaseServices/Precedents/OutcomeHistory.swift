import CaseLibrary

/// What happened to a case after it was answered, and the status that follows.
public struct OutcomeHistory: Sendable {
    /// The final status of a precedent.
    public enum Status: String, Sendable, Codable {
        /// Challenged and upheld, never corrected.
        case upheld
        /// Some reconsideration body or court corrected the answer: a warning, never a model.
        case corrected
        /// Sent back for retrial, not yet decided again.
        case pending
        /// Never challenged on the merits (no outcome, or only withdrawals and dismissals).
        case unchallenged
    }

    /// The outcomes in order (date, then stage).
    public let outcomes: [Record]

    /// Orders outcomes by date, then by stage (复议, 一审, 二审, 再审).
    public init(outcomes: [Record]) {
        self.outcomes = outcomes.sorted {
            ($0.date ?? "", Vocabulary.stages.firstIndex(of: $0.stage ?? "") ?? 9, $0.id)
                < ($1.date ?? "", Vocabulary.stages.firstIndex(of: $1.stage ?? "") ?? 9, $1.id)
        }
    }

    /// The status: corrected if any outcome corrected the agency (a red flag stays, like a
    /// citator's); else pending if the latest outcome remanded the case; else upheld if any upheld;
    /// else unchallenged.
    public var status: Status {
        if outcomes.contains(where: { $0.effect == .corrected }) { return .corrected }
        if outcomes.last?.result == "发回重审" { return .pending }
        if outcomes.contains(where: { $0.effect == .upheld }) { return .upheld }
        return .unchallenged
    }

    /// Whether a court (一审, 二审, 再审) upheld the agency.
    public var upheldInLitigation: Bool {
        outcomes.contains { $0.effect == .upheld && $0.stage != "行政复议" }
    }

    /// Whether a reconsideration body upheld the agency.
    public var upheldInReconsideration: Bool {
        outcomes.contains { $0.effect == .upheld && $0.stage == "行政复议" }
    }

    /// The outcomes that corrected the agency.
    public var corrections: [Record] { outcomes.filter { $0.effect == .corrected } }
}
