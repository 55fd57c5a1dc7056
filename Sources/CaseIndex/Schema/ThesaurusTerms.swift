import CaseLibrary

/// Thesaurus words at indexing time: each document carries one term per thesaurus word it contains
/// (`IndexSchema.thesaurusWordTerm`, counted like the words of its fields) and the thesaurus's version term, so a search for
/// 户口 asks for its synonyms 户籍, 户口本, 底册, … as single terms rather than as phrase queries
/// over their bigrams — the same documents, at a fraction of the cost.
public enum ThesaurusTerms {
    /// The source with its documents' word terms and version term; its content hash carries the
    /// thesaurus's fingerprint, so editing the thesaurus re-indexes every document.
    public static func adding(_ thesaurus: Thesaurus, to source: IndexSource) -> IndexSource {
        guard !thesaurus.groups.isEmpty else { return source }
        let documents = source.documents.map { document in
            var document = document
            // Field by field (a phrase cannot run from one field into the next), each occurrence
            // weighted like the field's words in the all-fields index, as the phrase's bigrams are.
            var counts: [String: Int] = [:]
            for (field, text) in document.text {
                let weight = IndexSchema.textField(field)?.weight ?? 1
                for (word, count) in thesaurus.occurrences(in: text) { counts[word, default: 0] += count * weight }
            }
            document.countedTerms += counts.keys.sorted().map { (IndexSchema.thesaurusWordTerm($0), counts[$0] ?? 1) }
            document.extraTerms.append(IndexSchema.thesaurusVersionTerm(thesaurus.fingerprint))
            return document
        }
        return IndexSource(relativePath: source.relativePath, contentHash: source.contentHash + "+thesaurus:" + thesaurus.fingerprint,
                           documents: documents)
    }

    /// The terms of the synonyms to search for, or nil when the index's documents do not all carry
    /// this thesaurus's terms (built without it or before its last edit, or being rebuilt): the
    /// search then asks for the synonyms as phrases, which finds the same documents more slowly.
    public static func query(for synonyms: [(word: String, synonyms: [String])], thesaurus: Thesaurus,
                             reader: IndexReader) throws -> [String]? {
        guard !thesaurus.groups.isEmpty, !synonyms.isEmpty else { return nil }
        let total = try reader.documentCount
        guard total > 0, try reader.termFrequency(IndexSchema.thesaurusVersionTerm(thesaurus.fingerprint)) == total else { return nil }
        var seen = Set<String>()
        return synonyms.flatMap(\.synonyms).filter { seen.insert($0).inserted }.map(IndexSchema.thesaurusWordTerm)
    }
}
