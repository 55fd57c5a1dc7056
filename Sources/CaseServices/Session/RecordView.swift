import CaseLibrary

/// A record with what relates to it, as the viewer may see it.
public struct RecordView: Sendable {
    /// The record.
    public let record: Record
    /// For a case: its outcomes (oldest first) and the status they give.
    public let history: OutcomeHistory?
    /// For an outcome: its case (nil when absent).
    public let parent: ItemSummary?
    /// For a training record: the cases it lists that exist and the viewer may see.
    public let listedCases: [ItemSummary]
    /// The record's citations, each resolved to the version in force at its date; nil when the
    /// library has no statutes.
    public let citations: [LinkedCitation]?
}

/// The cases citing one statute article, among those the viewer may see.
public struct CitingCases: Sendable {
    /// The law's canonical title.
    public let law: String
    /// The article, as 第十五条.
    public let article: String
    /// The citing cases, by id.
    public let cases: [Record]
    /// Each citing case's status, by id.
    public var statuses: [String: CaseStatus] = [:]
}
