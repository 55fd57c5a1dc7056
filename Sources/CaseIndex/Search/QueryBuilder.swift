import CaseLibrary

/// Builds the index query for a parsed search.
///
/// Semantics: free words are OR-ed term by term (a CJK word contributes its bigrams), so a partial
/// overlap still matches — 户籍档案 finds a case about 户籍迁移的历史档案 — and BM25 adds up the
/// weights of what matched; the searcher then applies a coordinate-style factor so documents that
/// match more of the query (weighted by idf) rank first. Quoted phrases must match as phrases;
/// exclusions remove documents containing the word or phrase; filters of one name are alternatives,
/// filters of different names must all hold.
public enum QueryBuilder {
    /// A word or phrase that must match as typed: its characters and words at consecutive positions
    /// (spaces and punctuation between them take no position), weighed as its bigrams (and lone
    /// characters and words) together — what a phrase of its bigrams weighs. The index keeps
    /// positions for characters and words only (`Token.needsPosition`); the bigrams, all required,
    /// carry the weight and find the candidates. One term stays a term.
    public static func phrase(_ text: String) -> IndexQuery? {
        let weighed = Tokenizer.tokens(text, unigrams: false).map(\.term)
        let positioned = Tokenizer.tokens(text).filter(\.needsPosition)
        guard let first = positioned.first, let last = positioned.last, let only = weighed.first else { return nil }
        // One bigram, character or word is its own phrase.
        if weighed.count == 1 { return .term(only) }
        return .filter(.and(weighed.map { .term($0) }), .phrase(positioned.map(\.term), window: last.position - first.position + 1))
    }

    /// A thesaurus word asked for as a whole word: its indexed term (see `ThesaurusTerms`) when the
    /// index carries the thesaurus's words, weighing what its phrase would (a phrase's weight is the
    /// sum of its bigrams', so the term counts once per bigram); else the phrase of its bigrams.
    public static func synonym(_ word: String, indexed: Bool) -> IndexQuery? {
        guard indexed else { return phrase(word) }
        let bigrams = Tokenizer.queryTerms(word).count
        guard bigrams > 0 else { return nil }
        let term = IndexQuery.term(IndexSchema.thesaurusWordTerm(word))
        return bigrams > 1 ? .scaled(term, Double(bigrams)) : term
    }

    /// A thesaurus word weighed exactly as its phrase (the sum of its bigrams' weights) but, when the
    /// index carries the thesaurus's words, matched by the word's term instead of by positions: the
    /// same documents (the term is indexed wherever the word occurs) and the same weights, without a
    /// position check for every candidate — at 100k cases the phrases took half a precedent request.
    public static func synonymWeighedAsPhrase(_ word: String, indexed: Bool) -> IndexQuery? {
        let terms = Tokenizer.tokens(word, unigrams: false).map(\.term)
        guard indexed, terms.count > 1 else { return phrase(word) }
        return .filter(.and(terms.map { .term($0) }), .term(IndexSchema.thesaurusWordTerm(word)))
    }

    /// The ranking terms of the free words, distinct, in order.
    public static func rankingTerms(_ parsed: ParsedQuery) -> [String] {
        var seen = Set<String>()
        return (parsed.words + parsed.phrases).flatMap { Tokenizer.queryTerms($0) }.filter { seen.insert($0).inserted }
    }

    /// How much a thesaurus word weighs beside the word typed.
    public static let thesaurusWeight = 0.8

    /// The full query for a request; `exact` terms (see `ExactTerms`) and the request's thesaurus
    /// words are alternatives to the text.
    public static func query(for request: SearchRequest, parsed: ParsedQuery, exact: [String] = []) -> IndexQuery {
        var positive: IndexQuery
        let wordTerms: [IndexQuery] = {
            var seen = Set<String>()
            return parsed.words.flatMap { Tokenizer.queryTerms($0) }.filter { seen.insert($0).inserted }.map { .term($0) }
        }()
        let phrases = parsed.phrases.compactMap(phrase)
        switch (wordTerms.isEmpty, phrases.isEmpty) {
        case (true, true): positive = parsed.hasText ? .none : .all  // text with nothing indexable (😀) matches nothing
        case (false, true): positive = .or(wordTerms)
        case (true, false): positive = .and(phrases)
        case (false, false): positive = .andMaybe(.and(phrases), .or(wordTerms))
        }
        if phrases.count < parsed.phrases.count { positive = .none }  // a phrase that must match but cannot
        var seenSynonyms = Set<String>()
        let alternatives = request.synonyms.flatMap(\.synonyms).filter { seenSynonyms.insert($0).inserted }
            .compactMap { synonym($0, indexed: request.synonymsIndexed) }
        if !alternatives.isEmpty { positive = .or([positive, .scaled(.or(alternatives), thesaurusWeight)]) }
        // Boolean exact terms add documents, not weight: the searcher ranks them first itself.
        if !exact.isEmpty { positive = .or([positive, .or(exact.map { .term($0) })]) }
        let excluded = parsed.excluded.compactMap(phrase)
        if !excluded.isEmpty { positive = .andNot(positive, .or(excluded)) }
        if !request.includeHidden { positive = .andNot(positive, .hidden) }

        var filters: [IndexQuery] = []
        var byName = request.filters
        for (name, values) in parsed.filters { byName[name, default: []] += values }
        for name in byName.keys.sorted() {
            let values = byName[name] ?? []
            guard !values.isEmpty else { continue }
            filters.append(.or(values.map { .filterValue(name, $0) }))
        }
        if let years = intersect(request.years, parsed.years) {
            filters.append(.valueRange(slot: IndexSchema.Slot.year, low: String(years.lowerBound), high: String(years.upperBound)))
        } else if request.years != nil, parsed.years != nil {
            filters.append(.none)  // disjoint ranges match nothing
        }
        return filters.isEmpty ? positive : .filter(positive, .and(filters))
    }

    private static func intersect(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> ClosedRange<Int>? {
        switch (a, b) {
        case let (a?, b?):
            let low = max(a.lowerBound, b.lowerBound), high = min(a.upperBound, b.upperBound)
            return low <= high ? low...high : nil
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }
}
