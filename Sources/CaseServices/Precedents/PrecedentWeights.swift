/// Every number the precedent ranking uses, in one place, with the reason for each default.
///
/// The ranking is BM25 over a field-weighted query built from the application's most
/// discriminative terms, widened by relevance feedback, then multiplied by `1 + Σ boosts`.
/// Every boost is reported in a result's `why`.
public struct PrecedentWeights: Sendable, Equatable {
    /// How many query terms to keep from a long application. An application of 80–300 characters
    /// gives 100–400 bigrams, most of them narrative (老人, 儿子, 菜市场); keeping the ~30 rarest
    /// that occur in the library focuses the query on what distinguishes the legal issue, as
    /// CourtListener's more-like-this limits itself to a few dozen terms.
    public var maxQueryTerms = 40
    /// Terms found in more than this share of cases say nothing about any one (申请, 公开, 信息).
    public var maxDocumentShare = 0.35
    /// The share rule needs a library large enough for shares to mean something; below this many
    /// documents every term is kept.
    public var minDocumentsForShareRule = 20

    // Field weights are applied when documents are indexed (`IndexSchema.textFields`: a title
    // occurrence counts three times, the request and the analysis twice, the rest once), so that
    // search and precedents share them; querying each field separately was measured and did worse
    // on the development set (nDCG@10 0.67 against 0.73 for the same terms over all fields).

    /// BM25's k1 (term-frequency saturation) and b (length normalisation). Case texts vary in
    /// length less than web pages; a moderate b keeps long, thorough cases from being punished.
    public var bm25K1 = 1.2
    /// BM25's b (length normalisation, 0–1); see `bm25K1`.
    public var bm25B = 0.6

    /// Relevance feedback: the top `feedbackDocuments` first-pass cases give `feedbackTerms` extra
    /// terms (Xapian's expand set), weighted `feedbackWeight` against the application's own terms.
    /// This reaches cases worded differently from the application (电子眼 → 电子警察).
    public var feedbackDocuments = 3
    /// How many expansion terms relevance feedback adds; 0 turns feedback off.
    public var feedbackTerms = 12
    /// The feedback terms' weight, as a scale on their query weight (1 = as strong as the application's own).
    public var feedbackWeight = 0.35

    /// Same category as the application: a gentle lift. Categories are filing labels, and many
    /// good precedents sit in a neighbouring category (a 户籍 request answered like a 历史信息 one),
    /// so this only breaks near-ties.
    public var categoryBoost = 0.15
    /// Same response group as asked for (when the caller names one).
    public var responseBoost = 0.10
    /// Authority of how the precedent fared: upheld by a court weighs more than upheld on
    /// reconsideration, which weighs more than never challenged. Corrected cases get nothing:
    /// they are shown, flagged, as warnings, never boosted.
    public var upheldInLitigationBoost = 0.12
    /// Boost for a case upheld on reconsideration but never in litigation.
    public var upheldInReconsiderationBoost = 0.06
    /// Recency: a gentle decay per year of age, capped, so an old but exact precedent still wins.
    public var agePenaltyPerYear = 0.01
    /// The most the age penalty can take away, however old the case.
    public var maxAgePenalty = 0.08
    /// Cases decided under the 2008 Regulations: the 2019 revision changed the rules (e.g. on
    /// process information and applicant requirements), so they count a little less.
    public var oldRegimePenalty = 0.08
    /// The office's thesaurus (`Cases/thesaurus.txt`) bridges everyday words and the cases'
    /// language (电子眼 → 电子警察, 又来要 → 重复申请). Each synonym adds its bigrams at this
    /// weight, and the synonym as a whole phrase at `thesaurusPhraseWeight` (an exact word is
    /// stronger evidence than its pieces). Measured on the development set: without the thesaurus
    /// nDCG@10 was 0.76, with bigrams alone 0.82, with bigrams and phrases 0.86.
    public var thesaurusWeight = 1.0
    /// Weight of the thesaurus words as whole phrases (all their bigrams in a row).
    public var thesaurusPhraseWeight = 0.5
    /// Single ideographs beside the bigrams: paraphrases often share characters but not words
    /// (处罚文书 / 处罚决定书, 档案柜 / 户籍档案). At full weight they lifted nDCG@10 from 0.73 to 0.76;
    /// the share filter keeps common characters (的, 申, 请) out.
    public var unigramWeight = 1.0
    /// At most this many single characters join the query, the rarest first (by count × idf): the
    /// common ones weigh little and their posting lists are the longest. On the 35 tuning
    /// applications (dev tune + tune extra) nDCG@10 was 0.768 with 5, 0.766 with 10, 0.771 with 15,
    /// 0.776 with 20, 0.773 with 30 and with no limit.
    public var maxUnigrams = 20
    /// Legal elements (`Cases/elements.txt`): what decides an application is who asks, what for,
    /// under which procedure and on what ground, not the words it shares with a case. A precedent's
    /// score is multiplied by `1 + elementAgreementWeight × agreement − elementConflictWeight × conflict`
    /// (see `ElementComparison.factor`): sharing every dimension of the application's elements
    /// multiplies a score by 2.5; contradicting every exclusive one (行政 against 刑事) brings it to the
    /// 0.1 floor. Lexical scores of the candidates for one application differ by 2–4× between a
    /// case that shares the words and one that shares the issue; a weaker factor (1.0 and 0.6) left
    /// a 火灾 application's 转隶 precedent under a 诈骗 case that shared 调查材料. On the tuning half
    /// of the development set every setting from 0.5 to 2 scored nDCG@10 0.80–0.82 (6 queries:
    /// within noise), so the setting follows the six applications of issue 11, all in the top 3.
    public var elementAgreementWeight = 1.5
    /// The agreement credited to a dimension the precedent says nothing about (0–1): a case's
    /// title and request do not state every element, and a terse precedent should not lose to a
    /// wordy one for what it leaves unsaid.
    public var elementUnknownCredit = 0.0
    /// The least dimension weight that agreement is shared out over (conflict is not: one
    /// contradicted exclusive element is good evidence of another issue on its own). An application
    /// whose text shows one element only (申请人身份：企业) would otherwise lift every case sharing
    /// that one element by the full factor, as much as a case sharing who asks, what for and under
    /// which procedure lifts a richly described one: one shared element is not a shared legal issue.
    /// 3 is the weight of two of the weightier dimensions (1.5 each), so full credit needs evidence
    /// on at least two. On the 35 tuning applications nDCG@10 was 0.771 without it (0), 0.777 at 2
    /// and 2.5, 0.780 at 3, 0.776 at 4 and 0.772 at 5; the dev tuning half was 0.802 at every setting.
    public var elementEvidenceFloor = 3.0
    /// How much contradicting an exclusive dimension costs; see `elementAgreementWeight`.
    public var elementConflictWeight = 1.0
    /// The application's element terms also join the query at this scale, so that a case sharing the
    /// elements but few words is still among the candidates (a 火灾 application meets 消防 cases).
    /// An element term's BM25 weight is small beside the text's, so this part finds candidates
    /// rather than ranks them (0.5, 1 and 2 ranked the tuning half alike).
    public var elementQueryWeight = 0.5
    /// The reference year for recency (the newest case year in the library when nil).
    public var referenceYear: Int?

    /// The defaults.
    public init() {}

    /// Whether a term in `frequency` of `total` documents is too common to say anything.
    public func isTooCommon(frequency: Int, total: Int) -> Bool {
        total >= minDocumentsForShareRule && Double(frequency) / Double(max(total, 1)) > maxDocumentShare
    }

}

extension PrecedentWeights {
    /// Sets a numeric weight by name (`categoryBoost=0.2`), for tuning runs
    /// (`caselib eval --set NAME=VALUE`).
    /// - Throws: `ServiceError.badInput` for an unknown name or a value that is not a number.
    public mutating func set(_ assignment: String) throws {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let value = Double(parts[1]), value.isFinite, abs(value) < 1e9 else {
            throw ServiceError.badInput("--set 应为 NAME=NUMBER，收到 ‘\(assignment)’")
        }
        let name = parts[0]
        switch name {
        case "maxQueryTerms": maxQueryTerms = Int(value)
        case "maxDocumentShare": maxDocumentShare = value
        case "minDocumentsForShareRule": minDocumentsForShareRule = Int(value)
        case "bm25K1": bm25K1 = value
        case "bm25B": bm25B = value
        case "feedbackDocuments": feedbackDocuments = Int(value)
        case "feedbackTerms": feedbackTerms = Int(value)
        case "feedbackWeight": feedbackWeight = value
        case "categoryBoost": categoryBoost = value
        case "responseBoost": responseBoost = value
        case "upheldInLitigationBoost": upheldInLitigationBoost = value
        case "upheldInReconsiderationBoost": upheldInReconsiderationBoost = value
        case "agePenaltyPerYear": agePenaltyPerYear = value
        case "maxAgePenalty": maxAgePenalty = value
        case "oldRegimePenalty": oldRegimePenalty = value
        case "unigramWeight": unigramWeight = value
        case "maxUnigrams": maxUnigrams = Int(value)
        case "thesaurusWeight": thesaurusWeight = value
        case "thesaurusPhraseWeight": thesaurusPhraseWeight = value
        case "elementAgreementWeight": elementAgreementWeight = value
        case "elementConflictWeight": elementConflictWeight = value
        case "elementUnknownCredit": elementUnknownCredit = value
        case "elementQueryWeight": elementQueryWeight = value
        case "elementEvidenceFloor": elementEvidenceFloor = value
        default: throw ServiceError.badInput("--set：未知的权重 ‘\(name)’")
        }
    }
}
