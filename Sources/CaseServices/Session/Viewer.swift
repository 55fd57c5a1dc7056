/// Who is asking: what a session's caller may see.
///
/// Every number a caller receives is computed over what the viewer may see, so the viewer is
/// fixed when a session is made and every service of the session reads it.
public struct Viewer: Sendable, Equatable {
    /// A name for logs (a user name, `cli`, `worker-2`).
    public let name: String
    /// Whether the caller may ask for hidden records: drafts, submitted, rejected and restricted
    /// cases, and the outcomes of hidden cases (reviewers).
    public let mayReadHidden: Bool

    /// Makes a viewer.
    public init(name: String, mayReadHidden: Bool) {
        self.name = name
        self.mayReadHidden = mayReadHidden
    }

    /// A member of the office: reviewed, internal records only.
    public static let member = Viewer(name: "member", mayReadHidden: false)
    /// A reviewer: may ask for hidden records too.
    public static let reviewer = Viewer(name: "reviewer", mayReadHidden: true)
}
