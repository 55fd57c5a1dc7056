/// What a user of the shared service may do. Each role includes the rights of the roles before it
/// in this order, except that trainers and exporters are siblings: a reviewer has both.
public enum Role: String, CaseIterable, Sendable, Codable {
    /// Searches and reads reviewed internal records; submits cases and outcomes as drafts; sees
    /// their own drafts.
    case member
    /// A member who also builds course packs.
    case trainer
    /// A member who also exports: compilations, the annual report, JSONL.
    case exporter
    /// Everything above, plus restricted records, every draft, and reviewing.
    case reviewer
    /// Everything, plus users and tokens (and deleting records).
    case admin

    /// The rights of the role.
    public var rights: Set<Right> {
        switch self {
        case .member: return [.read, .submit]
        case .trainer: return [.read, .submit, .buildCourses]
        case .exporter: return [.read, .submit, .export]
        case .reviewer: return [.read, .submit, .buildCourses, .export, .readHidden, .review]
        case .admin: return Set(Right.allCases)
        }
    }

    /// The role's name in Chinese, for people.
    public var label: String {
        switch self {
        case .member: return "成员"
        case .trainer: return "培训人员"
        case .exporter: return "导出人员"
        case .reviewer: return "审核人员"
        case .admin: return "管理员"
        }
    }
}

/// One right a role may carry; each API route requires one.
public enum Right: String, CaseIterable, Sendable {
    /// Search and read what the role may see.
    case read
    /// Add cases and outcomes as drafts, edit one's own.
    case submit
    /// Build course packs.
    case buildCourses
    /// Compilations, the annual report, export.
    case export
    /// Read drafts, unreviewed and restricted records.
    case readHidden
    /// Approve or reject submitted records.
    case review
    /// Manage users and tokens; delete records.
    case administer
}
