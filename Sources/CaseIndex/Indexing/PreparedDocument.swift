import CaseLibrary

/// A document made into the Xapian document the index stores — terms, values and data — before it
/// reaches the writer, so that tokenising and Xapian's own document building run on another thread
/// than the writer's (see `DocumentPipeline`), and a whole document's terms cross into Xapian in one
/// call.
struct PreparedDocument: Sendable {
    /// The unique id term (`IndexSchema.idTerm`).
    let idTerm: String
    /// Whether the document belongs in the hidden partition.
    let isHidden: Bool
    /// The Xapian document.
    let xapian: XapianDocument

    /// Positions jump by this much between text fields so a phrase never spans two fields.
    static let fieldGap = 100

    /// Tokenises and lays out a document as `IndexSchema` says.
    init(_ document: IndexDocument) throws {
        idTerm = IndexSchema.idTerm(document.id)
        isHidden = document.isHidden
        var terms = TermBuffer()
        terms.add(idTerm, wdf: 0)
        let fielded = IndexSchema.fieldedKinds.contains(document.kind)
        var position = 0
        var lengthPadding = 0
        for (field, text) in document.text {
            guard let spec = IndexSchema.textField(field) else { continue }
            var last = position
            for token in Tokenizer.tokens(text) {
                let term = IndexSchema.boundedTerm(token.term)
                terms.add(term, position: token.needsPosition ? position + token.position : 0, wdf: spec.weight)
                if fielded {
                    terms.add(IndexSchema.boundedTerm(spec.prefix + token.term), wdf: 1)
                } else {
                    lengthPadding += 1
                }
                last = max(last, position + token.position)
            }
            position = last + Self.fieldGap
        }
        if lengthPadding > 0 { terms.add(IndexSchema.lengthTerm, wdf: lengthPadding) }
        for (filter, value) in document.filters {
            if let term = IndexSchema.filterTerm(filter, value) { terms.add(term, wdf: 0) }
        }
        for term in document.extraTerms { terms.add(IndexSchema.boundedTerm(term), wdf: 0) }
        for term in document.weightedTerms { terms.add(IndexSchema.boundedTerm(term), wdf: 1) }
        for (term, wdf) in document.countedTerms { terms.add(IndexSchema.boundedTerm(term), wdf: wdf) }
        xapian = try XapianDocument()
        try xapian.addTerms(bytes: terms.bytes, lengths: terms.lengths, positions: terms.positions, wdfs: terms.wdfs)
        for (slot, value) in document.values { try xapian.setValue(value, slot: slot) }
        if let facets = IndexSchema.packedFacets(document.values) { try xapian.setValue(facets, slot: IndexSchema.Slot.facets) }
        try xapian.setData(document.payload)
    }
}

/// A document's terms packed for `XapianDocument.addTerms`.
private struct TermBuffer {
    /// The terms' UTF-8 bytes, one after another.
    var bytes: [UInt8] = []
    /// Each term's length in bytes.
    var lengths: [UInt32] = []
    /// Each term's position, 0 for none.
    var positions: [UInt32] = []
    /// Each term's within-document frequency increment, 0 for a boolean term.
    var wdfs: [UInt32] = []

    mutating func add(_ term: String, position: Int = 0, wdf: Int) {
        let before = bytes.count
        bytes.append(contentsOf: term.utf8)
        lengths.append(UInt32(bytes.count - before))
        positions.append(UInt32(clamping: position))
        wdfs.append(UInt32(clamping: wdf))
    }
}
