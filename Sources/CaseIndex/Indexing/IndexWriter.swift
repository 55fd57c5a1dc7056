import CaseLibrary

/// Writes index documents into a Xapian database: terms, filters, values and payload.
/// Not thread-safe; one writer per database at a time (Xapian holds a lock).
final class IndexWriter {
    private let database: XapianWritable

    init(path: String, create: Bool) throws {
        database = try XapianWritable(path: path, create: create)
    }

    /// Adds the document, or replaces the one with its id.
    func replace(_ document: IndexDocument) throws { try replace(PreparedDocument(document)) }

    /// Adds a prepared document, or replaces the one with its id.
    func replace(_ document: PreparedDocument) throws {
        try database.replace(uniqueTerm: document.idTerm, with: document.xapian)
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
