import CaseLibrary

/// What happened to a case after it was answered, and the status that follows.
public struct OutcomeHistory: Sendable {
    /// The status of a case, derived once from all its outcomes (see `CaseStatus`) and shown the
    /// same way everywhere.
    public typealias Status = CaseStatus

    /// The outcomes in order (date, then stage).
    public let outcomes: [Record]

    /// Orders outcomes by date, then by stage (复议, 一审, 二审, 再审).
    public init(outcomes: [Record]) {
        self.outcomes = CaseStatus.ordered(outcomes)
    }

    /// The status (see `CaseStatus.of(outcomesInOrder:)`).
    public var status: Status { CaseStatus.of(outcomesInOrder: outcomes) }

    /// Whether the latest outcome sent the case back for retrial (发回重审).
    public var isRemanded: Bool { outcomes.last?.result == "发回重审" }

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
