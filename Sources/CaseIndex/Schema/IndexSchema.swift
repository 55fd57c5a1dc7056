import CaseLibrary

/// The one place that says how records become Xapian documents: term prefixes, value slots
/// and field weights. Change it here and rebuild the index (`caselib index --rebuild`).
///
/// Text terms are CJK unigrams and bigrams and Latin/digit words (see `Tokenizer`), normalised by
/// `TextNormalizer`. Every text field is indexed without a prefix (with the field's weight as the
/// wdf increment, for free-text search, phrases and precedents); a statute article's fields are
/// also indexed under the field's prefix (`fieldedKinds`). Positions are kept where phrases need
/// them (`Tokenizer.Token.needsPosition`). Filters are boolean terms (no weight).
public enum IndexSchema {
    /// A weighted text field.
    public struct TextField: Sendable {
        /// Where a field's text comes from.
        public enum Source: Sendable {
            /// A prose field of a record (`request`, `analysis`, …).
            case prose
            /// A list field of a record, one item a line (`legal_basis`, `tags`).
            case list
            /// A field of a statute article (`law`, `chapter`).
            case statute
        }
        /// The record field name (`request`) or a synthetic one (`law`).
        public let name: String
        /// The field's term prefix.
        public let prefix: String
        /// The wdf increment per occurrence in the unprefixed (all-fields) index.
        public let weight: Int
        /// Where the text comes from.
        public let source: Source
        /// The field's rank as the source of a result's passage (1 = most telling); nil when its
        /// text is never shown as a passage.
        public let passageRank: Int?

        init(_ name: String, prefix: String, weight: Int, _ source: Source, passageRank: Int? = nil) {
            self.name = name
            self.prefix = prefix
            self.weight = weight
            self.source = source
            self.passageRank = passageRank
        }
    }

    /// Weighted text fields, declared once: every other list of text fields is read from here.
    /// Titles say what a case is about in few words, so each occurrence counts three times; the
    /// request and the commentary carry the legal issue (twice); consultation notes, answers' notes
    /// and bodies are long and discursive (once).
    public static let textFields: [TextField] = [
        TextField("title", prefix: "S", weight: 3, .prose, passageRank: 7),
        TextField("request", prefix: "XQ", weight: 2, .prose, passageRank: 1),
        TextField("analysis", prefix: "XA", weight: 2, .prose, passageRank: 4),
        TextField("consultation", prefix: "XC", weight: 1, .prose, passageRank: 5),
        TextField("response_note", prefix: "XN", weight: 1, .prose, passageRank: 6),
        TextField("summary", prefix: "XM", weight: 2, .prose, passageRank: 2),
        TextField("body", prefix: "XB", weight: 1, .prose, passageRank: 3),
        TextField("legal_basis", prefix: "XL", weight: 1, .list),
        TextField("tags", prefix: "XT", weight: 2, .list),
        TextField("law", prefix: "XW", weight: 2, .statute),
        // An outcome's decision number as text, so part of it (黄府复字) finds it.
        TextField("number", prefix: "XNO", weight: 2, .list),
        TextField("chapter", prefix: "XH", weight: 1, .statute),
    ]

    /// The kinds whose text is also indexed under each field's prefix: statute articles, which a
    /// statute question weighs by field (body, law title, chapter). Nothing searches a case's,
    /// outcome's or training note's fields one by one, so their text is written once.
    public static let fieldedKinds: Set<String> = ["statute"]

    /// A positionless term whose within-document frequency is the number of text tokens of a
    /// document without field terms (not in `fieldedKinds`). BM25 normalises by a document's
    /// length, the sum of its terms' frequencies, and the ranking was tuned with every token
    /// counted once more than its field's weight (once for its field term): this keeps that
    /// length, and so every score, for one posting per document instead of one per token.
    public static let lengthTerm = "XLEN"

    /// The prose fields of records, in index order.
    public static let proseFields: [String] = textFields.filter { $0.source == .prose }.map(\.name)

    /// The record fields a result's passage may come from, most telling first.
    public static let passageFields: [String] = textFields.compactMap { field in field.passageRank.map { (field.name, $0) } }
        .sorted { $0.1 < $1.1 }.map(\.0)

    /// The prose fields in which a record's text cites statutes (every prose field but the title).
    public static let citingFields: [String] = proseFields.filter { $0 != "title" }

    /// The prose fields in which the office itself applies an article: not the title, not the
    /// applicant's request and not an outcome's summary of it.
    public static let applyingFields: [String] = citingFields.filter { $0 != "request" && $0 != "summary" }

    /// Looks a text field up by name.
    public static func textField(_ name: String) -> TextField? { textFields.first { $0.name == name } }

    /// The unique id term: `Q` + record id.
    public static let idPrefix = "Q"

    /// Boolean filter prefixes, by the filter's name in the query language.
    public static let filterPrefixes: [String: String] = [
        "kind": "XK", "category": "XG", "year": "XY", "unit": "XU", "response": "XR", "detail": "XD",
        "regime": "XE", "stage": "XS", "result": "XZ", "tag": "K", "status": "XV", "scope": "XP",
        "law": "XLAW", "case": "XOC", "hard": "XJ", "effect": "XF", "applicant": "XI",
    ]
    /// Weighted exact-match prefixes (see `ExactTerms`): a record id in any case and punctuation, a
    /// decision number without its punctuation, an article of a law (`XART政府信息公开条例#15`).
    public static let exactPrefixes: [String: String] = ["id": "XQID", "number": "XNUM", "article": "XART"]

    /// Chinese field names of the query language (类别:, 年份:, 结果:纠正) and the filter each stands for.
    public static let chineseFilterNames: [String: String] = [
        "类别": "category", "年份": "year", "年度": "year", "单位": "unit", "承办单位": "unit", "答复": "response",
        "答复类型": "response", "细目": "detail", "种类": "kind", "类型": "kind", "标签": "tag", "法规": "law", "阶段": "stage",
        "结果": "result", "条例版本": "regime", "适用条例": "regime",
    ]

    /// The term on records that are hidden by default (drafts, submitted, rejected, restricted).
    public static let hiddenTerm = "XHIDDEN"

    /// The prefix of a case's legal elements (要素, `Cases/elements.txt`): `XEL` + dimension + `:` +
    /// element. Unlike filters they carry a within-document frequency of 1, so BM25 weighs an
    /// element by its rarity and a query can ask for them with a weight.
    public static let elementPrefix = "XEL"

    /// The term of a legal element of a case.
    public static func elementTerm(dimension: String, element: String) -> String {
        boundedTerm(elementPrefix + TextNormalizer.normalize(dimension) + ":" + TextNormalizer.normalize(element))
    }

    /// The prefix of a thesaurus word a document contains (`Cases/thesaurus.txt`): `XTHES` + the
    /// normalised word, without positions, its within-document frequency counted like the words of
    /// the fields it occurs in — so a search asks for a synonym with one term instead of a phrase of
    /// its bigrams.
    public static let thesaurusWordPrefix = "XTHES"

    /// The term of a thesaurus word (normalised, so never upper-case).
    public static func thesaurusWordTerm(_ word: String) -> String { boundedTerm(thesaurusWordPrefix + TextNormalizer.normalize(word)) }

    /// The boolean term every document indexed with a thesaurus carries: `XTHESV` + the thesaurus's
    /// fingerprint. When every document has it, the index's word terms are those of that
    /// thesaurus and a search may use them.
    public static func thesaurusVersionTerm(_ fingerprint: String) -> String { thesaurusWordPrefix + "V" + fingerprint }

    /// Value slots.
    public enum Slot {
        /// Year, as four digits.
        public static let year = 0
        /// Kind.
        public static let kind = 1
        /// Category (cases) or law title (statutes).
        public static let category = 2
        /// Response group.
        public static let response = 3
        /// A date `YYYY-MM-DD` (received, outcome date or effective date).
        public static let date = 4
        /// Handling unit.
        public static let unit = 5
        /// Law title, for statute articles.
        public static let law = 6
        /// Every facet's value in one, joined by U+001F (see `packedFacets`): a search reads one value
        /// per match for all its facets instead of one per facet.
        public static let facets = 7
    }

    /// Facets counted for every search, with their slots.
    public static let facetSlots: [(name: String, slot: Int)] = [
        ("kind", Slot.kind), ("category", Slot.category), ("year", Slot.year), ("response", Slot.response),
        ("law", Slot.law),
    ]

    /// The separator of `packedFacets`.
    static let facetSeparator: Character = "\u{1F}"

    /// The facets' values of a document's `values`, in `facetSlots` order, joined by U+001F (a value's own
    /// U+001F becomes a space); nil when it has none of them.
    public static func packedFacets(_ values: [Int: String]) -> String? {
        let parts = facetSlots.map { (values[$0.slot] ?? "").replacingOccurrences(of: String(facetSeparator), with: " ") }
        guard parts.contains(where: { !$0.isEmpty }) else { return nil }
        return parts.joined(separator: String(facetSeparator))
    }

    /// Xapian's hard limit on a term is 245 bytes; longer filter values are cut and given a hash suffix.
    static let maxTermBytes = 240

    /// The boolean term for a filter value, normalised like text so that 歷史 matches 历史.
    public static func filterTerm(_ filter: String, _ value: String) -> String? {
        guard let prefix = filterPrefixes[filter] else { return nil }
        return boundedTerm(prefix + TextNormalizer.normalize(value))
    }

    /// The unique term of a record id (ids are at most 64 bytes, so this never needs bounding,
    /// but ids from elsewhere are bounded all the same).
    public static func idTerm(_ id: String) -> String { boundedTerm(idPrefix + id) }

    /// Cuts a term over the limit at a character boundary and appends a hash of the whole.
    static func boundedTerm(_ term: String) -> String {
        guard term.utf8.count > maxTermBytes else { return term }
        let hash = String(SHA256.hex(Array(term.utf8)).prefix(16))
        var head = ""
        for character in term {
            if head.utf8.count + String(character).utf8.count > maxTermBytes - 17 { break }
            head.append(character)
        }
        return head + "#" + hash
    }
}
