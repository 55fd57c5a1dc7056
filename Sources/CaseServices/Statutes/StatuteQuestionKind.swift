import CaseIndex
import CaseLibrary

/// A kind of practical question and the provisions that govern it, from `Cases/statutes/domain.txt`
/// (`kind 收费 = 收费, 费用, 掏钱 => 政府信息公开条例 第四十二条`): when a question is of that kind,
/// the statute search lifts those provisions (see `StatuteWeights.questionKindShare`). Written from
/// the provisions — what each one settles and how officers ask about it — not from judged questions.
public struct StatuteQuestionKind: Sendable, Equatable {
    /// The kind's name (收费).
    public let name: String
    /// Its everyday wordings, matched like legal elements' (substring of the normalised question;
    /// `…` joins parts that occur in order within `LegalElements.maxGap` characters; `〔N以上〕` any
    /// count of at least N, see `CountMarks`) but without negation cues — a question that denies
    /// something (不属于政府信息) is still of that kind — and without split verb-object words (the
    /// elements file's `离合词`).
    public let wordings: [String]
    /// The governing provisions: (law title, article number).
    public let provisions: [Provision]
    /// The distinct character pairs of each plain wording (no `…`), read once for `nearness`.
    private let plainWordingPairs: [Set<String>]

    /// Every character pair of the kind's plain wordings.
    var plainPairs: Set<String> { plainWordingPairs.reduce(into: Set<String>()) { $0.formUnion($1) } }

    /// A kind with its wordings (normalised, as `parse` reads them) and provisions.
    init(name: String, wordings: [String], provisions: [Provision]) {
        self.name = name
        self.wordings = wordings
        self.provisions = provisions
        plainWordingPairs = wordings.filter { !$0.contains("…") }.map { Set(Self.characterPairs($0)) }
    }

    /// A provision a question kind names.
    public struct Provision: Sendable, Equatable {
        /// The law's title as written (政府信息公开条例).
        public let law: String
        /// The article number.
        public let article: Int

        /// The exact term every version of this article carries in the index (worked out once: a
        /// question asks for the terms of every provision of its kinds).
        public let term: String

        /// A provision by law title and article number.
        public init(law: String, article: Int) {
            self.law = law
            self.article = article
            term = ExactTerms.statuteTerm(lawTitle: law, article: article)
        }
    }

    /// Whether the question (normalised, prepared once for all the kinds) is of this kind.
    public func matches(_ question: PreparedText) -> Bool {
        wordings.contains { LegalElements.occurs($0, in: question) }
    }

    /// How many of the kind's wordings `question` (normalised) contains: how strongly it is of this
    /// kind (see `StatuteWeights.kindStrengthExponent`). A wording met only as part of a longer one
    /// met too (寄给 in 邮寄给, 扣驾驶证 in 暂扣…驾驶证) is not counted again: one phrase is one piece
    /// of evidence.
    public func matchCount(_ question: PreparedText) -> Int {
        let met = wordings.filter { LegalElements.occurs($0, in: question) }
        let letters = met.map { $0.replacingOccurrences(of: "…", with: "") }
        return letters.indices.filter { index in
            !letters.indices.contains { other in
                other != index && letters[other].count > letters[index].count && letters[other].contains(letters[index])
            }
        }.count
    }

    /// How nearly a question says one of the kind's wordings when it says none exactly (0–1): over the
    /// plain wordings (no `…`), the largest share of a wording's distinctive character pairs (those
    /// `isDistinctive` accepts: not the 能不, 申请 many kinds share) found among `questionPairs` (the
    /// question's, see `characterPairs`), counting only wordings of which the question has at least
    /// `minimumPairs` distinctive pairs (at least 1), so that one shared pair never counts as nearly
    /// saying a wording. 签证延期被拒 in 签证延期申请被拒了: 4 of its 5 pairs, 0.8.
    public func nearness(questionPairs: Set<String>, minimumPairs: Int, isDistinctive: (String) -> Bool = { _ in true }) -> Double {
        var best = 0.0
        for pairs in plainWordingPairs {
            let distinctive = pairs.filter(isDistinctive)
            let met = distinctive.reduce(0) { $0 + (questionPairs.contains($1) ? 1 : 0) }
            guard !distinctive.isEmpty, met >= max(1, minimumPairs) else { continue }
            best = max(best, Double(met) / Double(distinctive.count))
        }
        return best
    }

    /// The adjacent pairs of Chinese characters in a text (签证延期 → 签证, 证延, 延期): the tokenizer's
    /// bigrams, in order with repeats; a digit, letter or punctuation mark makes no pair (dates say
    /// nothing of a kind).
    public static func characterPairs(_ text: String) -> [String] {
        Tokenizer.tokens(text, unigrams: false).filter(\.isBigram).map(\.term)
    }

    /// Reads the right-hand side of a `kind NAME = wordings => provisions` line; a problem in Chinese
    /// for a malformed one.
    static func parse(name: String, definition: String) -> Result<StatuteQuestionKind, RecordProblem> {
        let sides = definition.components(separatedBy: "=>")
        guard sides.count == 2, !name.isEmpty else {
            return .failure(RecordProblem(field: nil, message: "问题类型应写作“kind 名称 = 说法, 说法 => 法规 第X条, 法规 第Y条”"))
        }
        var wordings: [String] = []
        for item in sides[0].split(whereSeparator: { ",，、".contains($0) }) {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let wording = LegalElements.wording(trimmed) else {
                return .failure(RecordProblem(field: nil, message: "问题类型“\(name)”的说法“\(trimmed)”：省略号两边都要有文字（如 又…申请）"))
            }
            if let problem = CountMarks.problem(in: wording) {
                return .failure(RecordProblem(field: nil, message: "问题类型“\(name)”的说法“\(trimmed)”：\(problem)"))
            }
            wordings.append(wording)
        }
        var provisions: [Provision] = []
        for item in sides[1].split(whereSeparator: { ",，、".contains($0) }) {
            let words = item.split(separator: " ").map(String.init)
            guard words.count == 2, let number = try? ArticleNumber.parse(words[1]) else {
                return .failure(RecordProblem(field: nil, message: "问题类型“\(name)”的条文“\(item.trimmingCharacters(in: .whitespaces))”应写作“法规名 第X条”"))
            }
            provisions.append(Provision(law: words[0], article: number))
        }
        guard !wordings.isEmpty, !provisions.isEmpty else {
            return .failure(RecordProblem(field: nil, message: "问题类型“\(name)”缺少说法或条文"))
        }
        return .success(StatuteQuestionKind(name: name, wordings: wordings, provisions: provisions))
    }
}
