/// Why a case of the year was left out of the compilation.
public enum ExclusionReason: String, Sendable, Equatable, CaseIterable {
    /// The review status is `draft` or `submitted`.
    case notReviewed
    /// The review status is `rejected`.
    case rejected
    /// The secrecy check (保密审查) was not done.
    case secrecyNotChecked
    /// The case is not marked `publishable`.
    case notPublishable
    /// The case is `scope: restricted`.
    case restricted

    /// The label printed in `excluded.txt`.
    public var label: String {
        switch self {
        case .notReviewed: return "未审核/草稿"
        case .rejected: return "未通过审核"
        case .secrecyNotChecked: return "未做保密审查"
        case .notPublishable: return "未标注可公开"
        case .restricted: return "限定范围（仅审核人员可见）"
        }
    }
}
