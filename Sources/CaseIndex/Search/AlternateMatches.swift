import CaseLibrary

/// What a search hit matched besides the query's own terms: an exact reference (id, decision
/// number, article) or a thesaurus word for one of the query's words — found from the terms'
/// posting lists, like the hits' other matched terms.
struct AlternateMatches {
    /// What one hit matched.
    struct Found {
        /// Labels of the exact references it is (`编号 2023-PD-0034`).
        var exact: [String] = []
        /// `word → thesaurus word` for each thesaurus word it contains.
        var thesaurus: [String] = []
        /// The query's own terms it counts as covering (those of a word whose thesaurus word it contains).
        var coveredTerms: Set<String> = []
        /// Terms to mark in its passage (the thesaurus word's).
        var shownTerms: Set<String> = []
        /// Whether it is a statute article.
        var isStatute = false
    }

    let references: [ExactTerms.Reference]
    /// For each query word with thesaurus words: its terms, and each thesaurus word with its terms
    /// (to mark in passages) and the terms that show a document contains it.
    let groups: [(word: String, terms: [String], alternatives: [(text: String, terms: [String], evidence: [String])])]

    /// - Parameter indexed: the index carries the thesaurus's word terms (`ThesaurusTerms`): a
    ///   thesaurus word is there when its term is, not merely all of its bigrams.
    init(references: [ExactTerms.Reference], synonyms: [(word: String, synonyms: [String])], indexed: Bool) {
        self.references = references
        groups = synonyms.map { entry in
            (entry.word, Tokenizer.queryTerms(entry.word), entry.synonyms.map { synonym in
                let terms = Tokenizer.queryTerms(synonym)
                return (synonym, terms, indexed ? [IndexSchema.thesaurusWordTerm(synonym)] : terms)
            }.filter { !$0.terms.isEmpty })
        }
    }

    /// What each of `docids` matched, in order.
    func presence(in docids: [UInt32], reader: IndexReader) throws -> [Found] {
        var found = [Found](repeating: Found(), count: docids.count)
        guard !docids.isEmpty, !references.isEmpty || !groups.isEmpty else { return found }
        var seen = Set<String>()
        let statuteTerm = IndexSchema.filterTerm("kind", "statute") ?? ""
        let terms = (references.map(\.term) + [statuteTerm] + groups.flatMap { $0.alternatives.flatMap(\.evidence) })
            .filter { seen.insert($0).inserted }
        let rows = try reader.presence(of: terms, in: docids)
        let row = Dictionary(terms.indices.map { (terms[$0], rows[$0]) }, uniquingKeysWith: { first, _ in first })
        for index in docids.indices {
            found[index].isStatute = row[statuteTerm]?[index] == true
            for reference in references where row[reference.term]?[index] == true { found[index].exact.append(reference.label) }
            for group in groups {
                for alternative in group.alternatives where alternative.evidence.allSatisfy({ row[$0]?[index] == true }) {
                    found[index].thesaurus.append("\(group.word) → \(alternative.text)")
                    found[index].coveredTerms.formUnion(group.terms)
                    found[index].shownTerms.formUnion(alternative.terms)
                }
            }
        }
        return found
    }
}
