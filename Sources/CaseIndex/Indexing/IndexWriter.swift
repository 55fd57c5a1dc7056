import CaseLibrary

/// Writes index documents into a Xapian database: terms, filters, values and payload.
/// Not thread-safe; one writer per database at a time (Xapian holds a lock).
final class IndexWriter {
    private let database: XapianWritable

    /// Positions jump by this much between text fields so a phrase never spans two fields.
    private static let fieldGap = 100

    init(path: String, create: Bool) throws {
        database = try XapianWritable(path: path, create: create)
    }

    func replace(_ document: IndexDocument) throws {
        let xapian = try XapianDocument()
        let idTerm = IndexSchema.idTerm(document.id)
        try xapian.addBooleanTerm(idTerm)
        let fielded = IndexSchema.fieldedKinds.contains(document.kind)
        var position = 0
        var lengthPadding = 0
        for (field, text) in document.text {
            guard let spec = IndexSchema.textField(field) else { continue }
            var last = position
            for token in Tokenizer.tokens(text) {
                let term = IndexSchema.boundedTerm(token.term)
                if token.needsPosition {
                    try xapian.addPosting(term, position: position + token.position, wdf: spec.weight)
                } else {
                    try xapian.addTerm(term, wdf: spec.weight)
                }
                if fielded {
                    try xapian.addTerm(IndexSchema.boundedTerm(spec.prefix + token.term), wdf: 1)
                } else {
                    lengthPadding += 1
                }
                last = max(last, position + token.position)
            }
            position = last + Self.fieldGap
        }
        if lengthPadding > 0 { try xapian.addTerm(IndexSchema.lengthTerm, wdf: lengthPadding) }
        for (filter, value) in document.filters {
            if let term = IndexSchema.filterTerm(filter, value) { try xapian.addBooleanTerm(term) }
        }
        for term in document.extraTerms { try xapian.addBooleanTerm(IndexSchema.boundedTerm(term)) }
        for term in document.weightedTerms { try xapian.addTerm(IndexSchema.boundedTerm(term), wdf: 1) }
        for (term, wdf) in document.countedTerms { try xapian.addTerm(IndexSchema.boundedTerm(term), wdf: wdf) }
        for (slot, value) in document.values { try xapian.setValue(value, slot: slot) }
        if let facets = IndexSchema.packedFacets(document.values) { try xapian.setValue(facets, slot: IndexSchema.Slot.facets) }
        try xapian.setData(document.payload)
        try database.replace(uniqueTerm: idTerm, with: xapian)
    }

    func delete(id: String) throws { try database.delete(uniqueTerm: IndexSchema.idTerm(id)) }

    func setMetadata(_ key: String, _ value: String) throws { try database.setMetadata(key, value) }

    /// Stores a thesaurus entry, both sides bounded like index terms (Xapian refuses keys over 255 bytes).
    func addSynonym(_ term: String, _ synonym: String) throws {
        try database.addSynonym(IndexSchema.boundedTerm(term), IndexSchema.boundedTerm(synonym))
    }

    func commit() throws { try database.commit() }

    /// Starts an all-or-nothing batch: if the writer is closed or released before
    /// `commitTransaction()`, none of the batch's changes reach the index.
    func beginTransaction() throws { try database.beginTransaction() }

    func commitTransaction() throws { try database.commitTransaction() }

    func close() throws { try database.close() }
}
