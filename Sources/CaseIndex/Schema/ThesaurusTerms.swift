import CaseLibrary

/// Thesaurus words at indexing time: each document carries one term per thesaurus word it contains
/// (`IndexSchema.thesaurusWordTerm`, counted like the words of its fields) and the thesaurus's
/// version term, so a search for 户口 asks for its synonyms 户籍, 户口本, 底册, … as single terms
/// rather than as phrase queries over their bigrams — the same documents, at a fraction of the cost.
public enum ThesaurusTerms {
    /// The source with its documents' word terms and version term; its content hash carries the
    /// thesaurus's fingerprint, so editing the thesaurus re-indexes every document.
    public static func adding(_ thesaurus: Thesaurus, to source: IndexSource) -> IndexSource {
        guard !thesaurus.groups.isEmpty else { return source }
        return IndexSource(relativePath: source.relativePath, contentHash: source.contentHash + "+thesaurus:" + thesaurus.fingerprint,
                           documentIDs: source.documentIDs) {
            source.documents.map { adding(thesaurus, to: $0) }
        }
    }

    /// The document with its thesaurus word terms and the thesaurus's version term (unchanged for
    /// an empty thesaurus).
    static func adding(_ thesaurus: Thesaurus, to document: IndexDocument) -> IndexDocument {
        guard !thesaurus.groups.isEmpty else { return document }
        var document = document
        // Field by field (a phrase cannot run from one field into the next), each occurrence
        // weighted like the field's words in the all-fields index, as the phrase's bigrams are.
        var counts: [String: Int] = [:]
        for (field, text) in document.text {
            let weight = IndexSchema.textField(field)?.weight ?? 1
            for (word, count) in thesaurus.occurrences(in: text) { counts[word, default: 0] += count * weight }
        }
        document.countedTerms += counts.sorted { $0.key < $1.key }.map { (IndexSchema.thesaurusWordTerm($0.key), $0.value) }
        document.extraTerms.append(IndexSchema.thesaurusVersionTerm(thesaurus.fingerprint))
        return document
    }

    /// Whether every document `reader` sees carries this thesaurus's word terms. When not (the
    /// index was built without it or before its last edit, or is being rebuilt) a search asks for the
    /// synonyms as phrases, which finds the same documents more slowly.
    public static func indexCarries(_ thesaurus: Thesaurus, reader: IndexReader) throws -> Bool {
        guard !thesaurus.groups.isEmpty else { return false }
        let total = try reader.documentCount
        return try total > 0 && reader.termFrequency(IndexSchema.thesaurusVersionTerm(thesaurus.fingerprint)) == total
    }
}
