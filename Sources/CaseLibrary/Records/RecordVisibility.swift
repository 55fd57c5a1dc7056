/// A case's review status (`review.status`): 先审查、后公开 — only a reviewed case is shown to
/// the whole office.
public enum ReviewStatus: String, CaseIterable, Sendable {
    /// Written, not yet submitted for review.
    case draft
    /// Waiting for a reviewer.
    case submitted
    /// Checked by a reviewer (secrecy included) and released to the office.
    case reviewed
    /// Refused by a reviewer.
    case rejected
}

/// Who may read a record (`scope`).
public enum RecordScope: String, CaseIterable, Sendable {
    /// The whole office (the default).
    case `internal`
    /// Reviewers only.
    case restricted
}

/// The record rules that decide who sees what, in one place: every service, the index and the
/// compilation ask these predicates instead of comparing strings.
extension Record {
    /// The review status of a case; nil for other kinds (and for a case whose status is unknown).
    public var review: ReviewStatus? { reviewStatus.flatMap(ReviewStatus.init(rawValue:)) }

    /// The scope of a record; `internal` when absent.
    public var recordScope: RecordScope { RecordScope(rawValue: scope) ?? .internal }

    /// Whether a record is shown to every member by itself: a case must be reviewed and not
    /// restricted; outcomes and training records are (an outcome also follows its case, see
    /// ``isVisible(caseOf:)``).
    public var isVisibleByDefault: Bool {
        kind != .case || (review == .reviewed && recordScope != .restricted)
    }

    /// Whether a record is shown to every member, given the case it belongs to: an outcome of a
    /// hidden case is hidden with it (its text describes the case).
    ///
    /// - Parameter parent: The case of an outcome (nil when the record is no outcome or its case
    ///   is not in the library).
    public func isVisible(caseOf parent: Record?) -> Bool {
        guard isVisibleByDefault else { return false }
        return parent?.isVisibleByDefault ?? true
    }

    /// Whether a case may be printed in a document for the office (a course pack, a compilation):
    /// reviewed, secrecy-checked and not restricted.
    public var isPrintable: Bool {
        kind == .case && review == .reviewed && secrecyChecked && recordScope != .restricted
    }
}
