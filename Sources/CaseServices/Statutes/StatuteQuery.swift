import CaseIndex
import CaseLibrary
import Foundation

/// The terms of an officer's question: its discriminative bigrams and the thesaurus synonyms of
/// its everyday words, and the index query built from them.
struct StatuteQuery {
    /// A chosen bigram, its selection weight (√count × idf × cohesion) and its cohesion, which
    /// also scales its weight in the query.
    struct Term {
        let term: String
        let weight: Double
        let cohesion: Double
    }

    let terms: [Term]
    /// (question term, synonym) pairs found through the index's synonym table.
    let synonyms: [(term: String, synonym: String)]

    /// Chooses terms from a question.
    static func make(_ question: String, reader: IndexReader, statuteCount: Int, weights: StatuteWeights) throws -> StatuteQuery {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for token in Tokenizer.tokens(question, unigrams: false) where token.term.count > 1 {
            if counts[token.term] == nil { order.append(token.term) }
            counts[token.term, default: 0] += 1
        }
        let total = Double(max(statuteCount, 1))
        var candidates: [Term] = []
        for term in order {
            let frequency = try reader.termFrequency(IndexSchema.textField("body").map { $0.prefix + term } ?? term)
            guard frequency > 0, frequency <= weights.minCommonFrequency || Double(frequency) / total <= weights.maxDocumentShare
            else { continue }
            let idf = log(1 + total / Double(frequency))
            let cohesion = try self.cohesion(term, frequency: frequency, reader: reader, total: total, weights: weights)
            candidates.append(Term(term: term, weight: Double(counts[term] ?? 1).squareRoot() * idf * cohesion, cohesion: cohesion))
        }
        let chosen = Array(candidates.sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }.prefix(weights.maxQueryTerms))
        return StatuteQuery(terms: chosen, synonyms: try thesaurusHits(question, reader: reader))
    }

    /// How word-like a bigram is, 0–1: its pointwise mutual information over articles,
    /// `df(ab)·N / (df(a)·df(b))`, capped at 1 and raised to `weights.cohesionExponent`. Bigrams cut
    /// across words (能按, 了申) occur no more often than their characters would by chance, words
    /// (材料, 口述) far more often. Words and non-CJK terms count fully.
    static func cohesion(_ term: String, frequency: Int, reader: IndexReader, total: Double, weights: StatuteWeights) throws -> Double {
        let characters = Array(term)
        guard weights.cohesionExponent > 0, characters.count == 2, characters.allSatisfy(Tokenizer.isHan),
            let prefix = IndexSchema.textField("body")?.prefix
        else { return 1 }
        let first = Double(max(1, try reader.termFrequency(prefix + String(characters[0]))))
        let second = Double(max(1, try reader.termFrequency(prefix + String(characters[1]))))
        let pmi = Double(frequency) * total / (first * second)
        return pow(min(1, pmi), weights.cohesionExponent)
    }

    /// Every substring of the question's runs of Chinese characters, letters and digits
    /// (`Tokenizer.isWordCharacter`: 打110, 未满18岁) that is a thesaurus term, with its synonyms.
    static func thesaurusHits(_ question: String, reader: IndexReader) throws -> [(term: String, synonym: String)] {
        let characters = Array(TextNormalizer.normalize(question))
        var out: [(String, String)] = []
        var seen = Set<String>()
        for start in characters.indices where Tokenizer.isWordCharacter(characters[start]) {
            var end = start + 1
            while end < characters.count, end - start < StatuteThesaurus.maxTermLength, Tokenizer.isWordCharacter(characters[end]) {
                end += 1
                let term = String(characters[start..<end])
                for synonym in try reader.synonyms(of: term) where seen.insert(synonym).inserted {
                    out.append((term, synonym))
                }
            }
        }
        return out
    }

    /// The fields a question's terms are looked for in (`indexQuery`), with their index prefixes.
    static let fieldPrefixes = ["body", "law", "chapter"].compactMap { IndexSchema.textField($0)?.prefix }

    /// The question word an index term of a match stands for: the term without its field prefix
    /// (`XB材料` → 材料); a synonym's unprefixed bigram as it is.
    static func word(ofIndexTerm term: String) -> String {
        fieldPrefixes.first(where: { term.hasPrefix($0) }).map { String(term.dropFirst($0.count)) } ?? term
    }

    /// The field-weighted query: each term in the body, law title and chapter fields; each
    /// synonym as a phrase (`QueryBuilder.phrase`) at the synonym weight, discounted for its length
    /// (`StatuteWeights.synonymLengthDiscount`).
    func indexQuery(weights: StatuteWeights, useSynonyms: Bool = true) -> IndexQuery {
        var parts: [IndexQuery] = []
        for (field, weight) in [("body", weights.bodyWeight), ("law", weights.lawWeight), ("chapter", weights.chapterWeight)] {
            guard weight > 0, let prefix = IndexSchema.textField(field)?.prefix, !terms.isEmpty else { continue }
            parts.append(.scaled(.or(terms.map { $0.cohesion < 1 ? .scaled(.term(prefix + $0.term), $0.cohesion) : .term(prefix + $0.term) }), weight))
        }
        if useSynonyms, weights.synonymWeight > 0 {
            let phrases: [IndexQuery] = synonyms.compactMap { pair in
                guard let phrase = QueryBuilder.phrase(pair.synonym) else { return nil }
                let bigrams = Double(max(1, Tokenizer.tokens(pair.synonym, unigrams: false).count))
                return bigrams > 1 && weights.synonymLengthDiscount > 0 ? .scaled(phrase, pow(bigrams, -weights.synonymLengthDiscount)) : phrase
            }
            if !phrases.isEmpty { parts.append(.scaled(.or(phrases), weights.synonymWeight)) }
        }
        return .or(parts)
    }
}
