/// Who is asking: what a session's caller may see and do.
///
/// Every number a caller receives is computed over what the viewer may see, so the viewer is
/// fixed when a session is made and every service of the session reads it.
public struct Viewer: Sendable, Equatable {
    /// The user's name (`cli`, `local` or a user of the shared service), for history and the audit log.
    public let name: String
    /// The role, which gives the rights.
    public let role: Role
    /// The user's unit, when known.
    public let unit: String?

    /// Makes a viewer.
    public init(name: String, role: Role, unit: String? = nil) {
        self.name = name
        self.role = role
        self.unit = unit
    }

    /// The viewer of a signed-in user.
    public init(user: User) {
        self.init(name: user.name, role: user.role, unit: user.unit)
    }

    /// Whether the viewer holds `right`.
    public func may(_ right: Right) -> Bool { role.rights.contains(right) }

    /// Whether the caller may ask for hidden records: drafts, submitted, rejected and restricted
    /// cases, and the outcomes of hidden cases (reviewers).
    public var mayReadHidden: Bool { may(.readHidden) }

    /// A member of the office: reviewed, internal records only.
    public static let member = Viewer(name: "member", role: .member)
    /// A reviewer: may ask for hidden records too.
    public static let reviewer = Viewer(name: "reviewer", role: .reviewer)
}
