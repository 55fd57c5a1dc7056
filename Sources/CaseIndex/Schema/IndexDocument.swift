import CaseLibrary

/// Everything the index stores for one searchable thing (a record, or a statute article),
/// independent of Xapian.
public struct IndexDocument: Sendable {
    /// The id (unique across the index).
    public var id: String
    /// The kind: `case`, `outcome`, `training` or `statute`.
    public var kind: String
    /// Text fields by schema field name, in order.
    public var text: [(field: String, text: String)] = []
    /// Boolean filters: (filter name, value).
    public var filters: [(filter: String, value: String)] = []
    /// Values by slot.
    public var values: [Int: String] = [:]
    /// The stored payload (JSON) returned with hits.
    public var payload: String
    /// Extra unweighted boolean terms, used verbatim.
    public var extraTerms: [String] = []
    /// Extra weighted terms without positions (within-document frequency 1), used verbatim: a
    /// case's legal elements (`IndexSchema.elementTerm`).
    public var weightedTerms: [String] = []
    /// Extra weighted terms without positions, each with its within-document frequency: the
    /// thesaurus words a document contains (`ThesaurusTerms`).
    public var countedTerms: [(term: String, wdf: Int)] = []

    /// Whether the document is hidden by default: it lives in the index's hidden partition, which
    /// only readers for reviewers open (so no statistic a member receives counts it).
    public var isHidden: Bool { extraTerms.contains(IndexSchema.hiddenTerm) }

    /// Makes a document.
    public init(id: String, kind: String, payload: String) {
        self.id = id
        self.kind = kind
        self.payload = payload
    }
}
