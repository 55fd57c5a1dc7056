/// Every number the statute question ranking uses, in one place, with the reason for each default.
///
/// The ranking: BM25 over a field-weighted OR of the question's most discriminative bigrams,
/// plus the thesaurus's statute wording for the office's everyday words (at reduced weight);
/// candidates come from the whole statute set and from the office's own laws; each candidate's
/// BM25 weight is then multiplied by `(1 + domain boost + citation boost) × currency factor`.
/// Every boost is reported in a result's `why`.
public struct StatuteWeights: Sendable, Equatable {
    /// How many question bigrams to keep. A question of 40–80 characters gives 40–80 bigrams, half
    /// of them narrative or cut across words (老大, 大爷, 能按); the rarest ~25 that occur in the
    /// statutes carry the legal issue. With the police thesaurus, the fourth pass of kinds and the
    /// kinds' strength (2026-12-07) the 24 extra tuning questions had the answer in the top 5 for
    /// 0.833 at 20 and 0.875 at 25 and 30 (nDCG@10 0.622, 0.630, 0.628); the dev tuning half 1.000 at
    /// each (nDCG@10 0.845, 0.845, 0.841).
    public var maxQueryTerms = 25
    /// Bigrams found in more than this share of articles say nothing about any one (规定, 应当, 人民).
    /// With the synonyms' length discount and cohesion at 0.25 (2026-12-08), over the 140 questions of
    /// statute fresh sets 2–8 the answer was in the top 5 for 100, 108, 111, 110 and 110 of them at
    /// 0.015, 0.03, 0.06, 0.1 and 1 (no filter; mean nDCG@10 0.554, 0.581, 0.589, 0.584, 0.586): at 3%
    /// 处罚, 公安, 决定 and 期限 went (each in 3–6% of the corpus's articles), which say what a police
    /// question is about. The dev tuning half kept 1.000 (nDCG@10 0.850–0.855), the 24 extra tuning
    /// questions 0.833 (nDCG@10 0.638 at 0.015, 0.658–0.667 above). No slower on the whole import.
    public var maxDocumentShare = 0.06
    /// ... but only once it occurs in more than this many articles: in a small library (a few
    /// laws) every word is "common", and a share says nothing.
    public var minCommonFrequency = 50
    /// How strongly a bigram's selection weight follows its word-likeness (PMI capped at 1, see
    /// `StatuteQuery.cohesion`); 0 turns it off. Questions are colloquial, and their cross-word
    /// bigrams are rare in statutes, so idf alone ranks them as the most telling terms. With the
    /// synonyms' length discount (2026-12-08), over the 140 questions of statute fresh sets 2–8 the
    /// answer was in the top 5 for 102, 107, 108, 106 and 102 of them at 0, 0.125, 0.25, 0.5 and 1
    /// (mean nDCG@10 0.557, 0.567, 0.581, 0.560, 0.536); the 24 extra tuning questions' nDCG@10
    /// 0.645, 0.649, 0.659, 0.653, 0.638 and the dev tuning half's 0.804, 0.850, 0.851, 0.852, 0.821.
    public var cohesionExponent = 0.25
    /// Field weights (scale factors). The article text is what answers; a law title that shares the
    /// question's words (复议 → 行政复议法) says the whole law is on topic, and a chapter heading
    /// (申请公开, 监督和保障) says the same of a group of articles — both weaker than the text
    /// because they are shared by many articles.
    public var bodyWeight = 1.0
    /// Scale factor for matches in the law's title.
    public var lawWeight = 0.5
    /// Scale factor for matches in the chapter heading.
    public var chapterWeight = 0.5
    /// Weight of thesaurus synonyms against the question's own words: the synonym is the statute's
    /// wording for what the officer said, but the mapping is many-to-one and looser than the word.
    public var synonymWeight = 0.7
    /// A synonym is one word of the statutes', however long, but its phrase weighs the sum of its n
    /// bigrams': 复议 → 行政复议 counted three bigrams for the one word the officer said, and every article
    /// of the reconsideration law outranked the article sharing 外国人, 居留, 延期 and 出入境 with the
    /// question. A synonym's phrase is divided by n raised to this (1: one bigram's worth; 0: the whole
    /// sum). Against 0, at 0.5 the answer was in the top 5 for 6 more of the 140 questions of statute
    /// fresh sets 2–8 (0.714 → 0.757) and 1 fewer of the 24 extra tuning questions (0.875 → 0.833); the
    /// dev tuning half kept 1.000 (nDCG@10 0.873 → 0.852). At 1 the fresh sets 2–8 alike in all (106
    /// of 140), the dev half's nDCG@10 0.835.
    public var synonymLengthDiscount = 0.5
    /// BM25's k1 and b. Articles range from one line to a page; a b below 0.75 keeps long, complete
    /// articles (those with items) from being pushed under one-line cross-references.
    public var bm25K1 = 1.2
    /// BM25's b (length normalisation, 0–1); see `bm25K1`.
    public var bm25B = 0.5
    /// Candidates taken from the whole corpus and again from the office's laws before re-ranking.
    public var candidates = 300
    /// Core laws of the office's work (the OGI Regulations and the SPC OGI provisions): the office
    /// asks about these every day, so an article there needs to match only half as well.
    public var coreLawBoost = 1.0
    /// Neighbouring laws (reconsideration, litigation, police, secrecy, archives, personal data):
    /// often the answer, but less often than the core.
    public var relatedLawBoost = 0.5
    /// Articles the office's own cases and training cite: proven answers to its questions, but
    /// answers to the cases' questions, not to this one. The boost grows with the log of the count
    /// and reaches `citedBoost` at `citedSaturation`. Off by default: with the office's cases in the
    /// library (as in use), it lifts the articles every refusal cites (第十五条, 第三十六条) over the
    /// one the question is about — on the 30 tuning questions the answer was in the top 5 for 0.600
    /// of them at 0.3, 0.600 at 0.15 and 0.05, 0.633 at 0; nDCG@10 of the dev tuning half 0.542 at
    /// 0.3, 0.619 at 0. The cases' experience enters through their precedents instead
    /// (`LibrarySession.applicableArticles`: the articles their `legal_basis` names).
    public var citedBoost = 0.0
    /// The citation count at which `citedBoost` is reached in full.
    public var citedSaturation = 10.0
    /// A version superseded by a newer one of the same law in the library: still the law for older
    /// cases, so only gently lowered.
    public var supersededPenalty = 0.15

    /// Local regulations (山东省…条例, 上海市实施…办法, recognised by `LawTitle.locality`) that the
    /// domain file does not list: another province's or city's rules do not bind a city police
    /// bureau, yet over half the corpus is local and each repeats the national law's words
    /// (突发事件应对 in a dozen places), crowding the national article out of the top 5. Lowered,
    /// not dropped: the office lists its own city's regulations in the domain file to exempt them.
    /// On the 30 tuning questions (dev tune + extra) the answer was in the top 5 for 0.600 of them
    /// without it and at 0.3, 0.633 at 0.5 and at 0.7.
    public var localLawPenalty = 0.5

    /// Question kinds (`kind` lines of `Cases/statutes/domain.txt`): a provision governing a kind
    /// the question is of, in the version in force, gets this share of the best candidate's score
    /// (its BM25 weight with its priors; scaled by the kind's strength, see `kindStrengthExponent`)
    /// added to its own, so that what the office knows governs a
    /// kind of question is found even when the question shares few words with it (收费 for 光盘和快递的钱),
    /// and a neighbouring law's own duty (不予立案 → 刑事诉讼法 第一百一十二条) is not buried under the
    /// office's core laws' boost (until 2026-12-07 the lift was the best BM25 weight before priors,
    /// so a neighbouring provision could not pass a core article that also matched; the 24 extra
    /// tuning questions' nDCG@10 went 0.613 → 0.616, the top 5 unchanged). A provision its priors
    /// lower (another place's regulation) gets the lift lowered alike; a superseded version none. On the 30 tuning questions
    /// (with the office's cases; kinds of the core laws only) the answer was in the top 5 for 0.633
    /// without kinds and 0.733 at 0.3, 0.5 and 1; with the neighbouring laws' kinds 0.800 at 0.5,
    /// 0.833 at 0.75 and 0.867 at 1 (nDCG@10 of the 24 extra questions 0.587, 0.605, 0.613). The kinds
    /// were written before these runs, but by someone who had seen the tuning questions; the fourth
    /// fresh set measures them on questions nobody had seen.
    public var questionKindShare = 1.0
    /// How the lift follows the number of a kind's wordings the question contains. When a question
    /// says 光盘, 寄给 and 电子版 (three wordings of the form of provision) and 费用 (one of fees), it is
    /// more surely about the form than about fees: each kind's lift is scaled by its wordings met ÷ the
    /// most any kind of the question met, raised to this (fees get a third of the lift at 1). A question
    /// that meets one kind gets its full lift; 0 lifts every kind met alike. On the dev tuning half
    /// nDCG@10 was 0.812 at 0 and 0.841 at 1; on the 24 extra tuning questions 0.626 and 0.628 (the top
    /// 5 the same).
    public var kindStrengthExponent = 1.0

    /// A question that says no kind's wording exactly may still nearly say one (签证延期申请被拒 for
    /// 签证延期被拒): a kind whose plain wording has at least `nearKindShare` of its distinctive character
    /// pairs in the question (see `nearKindPairMaxKinds`), and at least `nearKindMinimumPairs` of them,
    /// lifts its provisions at this strength × that share (0 turns it off). Only when no kind is said
    /// exactly: a question that says one is not of another by resemblance. On the dev tuning half
    /// nDCG@10 went 0.845 → 0.873 and on the 24 extra tuning questions 0.630 → 0.652 at 0.5 (and alike
    /// at 1), the top 5 the same.
    public var nearKindStrength = 0.5
    /// The least share of a wording's distinctive character pairs the question must have; see
    /// `nearKindStrength`. 0.67 lifted fewer: the dev tuning half the same, the extra questions 0.630.
    public var nearKindShare = 0.5
    /// The least number of a wording's distinctive character pairs the question must have; see `nearKindStrength`.
    public var nearKindMinimumPairs = 2
    /// A character pair is distinctive of a kind when at most this many kinds' plain wordings have it:
    /// 能不 (能不能告, 能不能复议 …), 申请 and 公开 are how questions are put, not what one kind is about,
    /// and with them counted a question saying only 能不能 or a date nearly said five kinds. The extra
    /// tuning questions' nDCG@10 was 0.630 at 3, 0.652 at 5, 0.645 at 8 (the dev tuning half 0.873 at each).
    public var nearKindPairMaxKinds = 5

    /// An article's match is scaled by its coverage of the question — the share of the question's
    /// chosen bigrams (weighed as chosen) it contains — to this power: an article that meets many of
    /// the question's words is more likely about it than one that repeats one of them many times (the
    /// coordination factor of classic Lucene scoring, softened). Only the match is scaled, not a
    /// kind's lift. On the 140 questions of fresh 2–8 (tuning data) the answer was in the top 5 for
    /// 111, 112, 112, 111, 110, 108 of them at 0, 0.15, 0.25, 0.35, 0.5, 1 (nDCG@10 0.589, 0.595, 0.600,
    /// 0.600, 0.600, 0.590); the dev tuning half's nDCG@10 0.855, 0.855, 0.856, 0.835, 0.835, 0.831 and
    /// the extra tuning questions' 0.658, 0.663, 0.661, 0.658, 0.651, 0.629 (top 5 the same). 0 turns it off.
    public var coverageExponent = 0.25

    /// The defaults.
    public init() {}
}

extension StatuteWeights {
    /// Sets a weight by name (`lawWeight=0.8`), for tuning runs (`caselib eval-statutes --set`).
    /// - Throws: `ServiceError.badInput` for an unknown name or a value that is not a number.
    public mutating func set(_ assignment: String) throws {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let value = Double(parts[1]), value.isFinite, abs(value) < 1e9 else {
            throw ServiceError.badInput("--set 应为 NAME=NUMBER，收到 ‘\(assignment)’")
        }
        let setters: [String: (inout StatuteWeights, Double) -> Void] = [
            "maxQueryTerms": { $0.maxQueryTerms = Int($1) }, "maxDocumentShare": { $0.maxDocumentShare = $1 }, "minCommonFrequency": { $0.minCommonFrequency = Int($1) },
            "cohesionExponent": { $0.cohesionExponent = $1 },
            "bodyWeight": { $0.bodyWeight = $1 }, "lawWeight": { $0.lawWeight = $1 }, "chapterWeight": { $0.chapterWeight = $1 },
            "synonymWeight": { $0.synonymWeight = $1 }, "synonymLengthDiscount": { $0.synonymLengthDiscount = $1 }, "bm25K1": { $0.bm25K1 = $1 }, "bm25B": { $0.bm25B = $1 },
            "candidates": { $0.candidates = Int($1) }, "coreLawBoost": { $0.coreLawBoost = $1 },
            "relatedLawBoost": { $0.relatedLawBoost = $1 }, "citedBoost": { $0.citedBoost = $1 },
            "citedSaturation": { $0.citedSaturation = $1 }, "supersededPenalty": { $0.supersededPenalty = $1 },
            "localLawPenalty": { $0.localLawPenalty = $1 }, "questionKindShare": { $0.questionKindShare = $1 },
            "kindStrengthExponent": { $0.kindStrengthExponent = $1 },
            "nearKindStrength": { $0.nearKindStrength = $1 }, "nearKindShare": { $0.nearKindShare = $1 },
            "nearKindMinimumPairs": { $0.nearKindMinimumPairs = Int($1) }, "nearKindPairMaxKinds": { $0.nearKindPairMaxKinds = Int($1) },
            "coverageExponent": { $0.coverageExponent = $1 },
        ]
        guard let setter = setters[parts[0]] else { throw ServiceError.badInput("--set：未知的权重 ‘\(parts[0])’") }
        setter(&self, value)
    }
}
