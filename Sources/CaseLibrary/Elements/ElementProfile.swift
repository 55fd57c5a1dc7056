/// The legal elements found in one application or case: for each dimension, the elements present
/// (in the file's order).
public struct ElementProfile: Sendable, Equatable {
    /// Elements by dimension name; a dimension with none found is absent.
    public private(set) var elements: [String: [String]] = [:]

    /// An empty profile.
    public init() {}

    /// A profile of the given elements by dimension.
    public init(elements: [String: [String]]) { self.elements = elements.filter { !$0.value.isEmpty } }

    /// The elements found of a dimension (empty when none).
    public func elements(of dimension: String) -> [String] { elements[dimension] ?? [] }

    /// Whether no element was found.
    public var isEmpty: Bool { elements.isEmpty }

    /// Every (dimension, element) pair, dimensions sorted by name.
    public var pairs: [(dimension: String, element: String)] {
        elements.keys.sorted().flatMap { dimension in (elements[dimension] ?? []).map { (dimension, $0) } }
    }

    mutating func insert(_ element: String, in dimension: String) {
        if !(elements[dimension] ?? []).contains(element) { elements[dimension, default: []].append(element) }
    }
}

extension LegalElements {
    /// The record fields read for a case's elements: what is asked and by whom is said in the
    /// title and the request; the commentary discusses other situations and is left out.
    public static let caseTextFields = ["title", "request"]

    /// The elements of an application's text with structured fields (`category`, …). Wordings are
    /// matched as substrings of the normalised text.
    public func profile(text: String, fields: [String: String] = [:]) -> ElementProfile {
        let normalised = TextNormalizer.normalize(text)
        return profile(fields: fields) { _ in normalised }
    }

    private func profile(fields: [String: String], text: (Dimension) -> String) -> ElementProfile {
        var profile = ElementProfile()
        let cues = NegationCues(negations)
        var prepared: [String: PreparedText] = [:]
        for dimension in dimensions {
            let normalised = text(dimension)
            let preparedText = prepared[normalised] ?? PreparedText(normalised)
            prepared[normalised] = preparedText
            for element in dimension.elements {
                let byText = element.wordings.contains { Self.occurs($0, in: preparedText, cues: cues, separableWords: separableWords) }
                let byField = element.fields.contains { fields[$0.field] == $0.value }
                if byText || byField { profile.insert(element.name, in: dimension.name) }
            }
        }
        return profile
    }

    /// The most characters between the parts of a gapped wording (`又…申请`).
    public static let maxGap = 12

    /// Whether a normalised wording occurs in normalised text; a wording with `…` matches its parts
    /// in order, each within `maxGap` characters of the previous one; `〔N以上〕` in a wording stands for
    /// any count of at least N (`CountMarks`); a wording among `separableWords` also matches when split
    /// by a particle (`separatedForms`: 报的警 for 报警). An occurrence denied by one of
    /// `negations` — a cue in the same clause ending at most 2 characters before it, not inside an A-not-A
    /// question (是不是) — does not count; another occurrence of the wording still may.
    public static func occurs(_ wording: String, in text: String, negations: [String] = [], separableWords: Set<String> = []) -> Bool {
        occurs(wording, in: PreparedText(text), cues: NegationCues(negations), separableWords: separableWords)
    }

    /// `occurs(_:in:negations:separableWords:)` over a text prepared once for many wordings.
    public static func occurs(_ wording: String, in prepared: PreparedText, negations: [String] = [],
                              separableWords: Set<String> = []) -> Bool {
        occurs(wording, in: prepared, cues: NegationCues(negations), separableWords: separableWords)
    }

    static func occurs(_ wording: String, in prepared: PreparedText, cues: NegationCues, separableWords: Set<String>) -> Bool {
        guard !wording.isEmpty else { return false }
        let placeholder = CountMarks.placeholder(in: wording)
        // A wording with a character the text lacks cannot occur in it, split or not: most of the
        // thousands of wordings a question meets are ruled out here, without a substring search.
        if placeholder == nil, prepared.charactersAreScalars, !wording.allSatisfy({ $0 == "…" || prepared.characters.contains($0) }) {
            return false
        }
        let text = placeholder.map(prepared.marked) ?? prepared.text
        if matches(wording, in: text, cues: cues) { return true }
        return separableWords.contains(wording) && prepared.splitWords.contains(wording)
            && separatedForms(of: wording).contains { matches($0, in: text, cues: cues) }
    }

    /// Whether `wording` (its `…` parts in order) occurs in `text` as written, not denied by `cues`.
    private static func matches(_ wording: String, in text: String, cues: NegationCues) -> Bool {
        if cues.isEmpty, !wording.contains("…") { return text.contains(wording) }
        let parts = wording.split(separator: "…").map(String.init)
        guard let first = parts.first else { return false }
        var searchStart = text.startIndex
        while let found = text.range(of: first, range: searchStart..<text.endIndex) {
            var end = found.upperBound
            var matched = true
            for part in parts.dropFirst() {
                let limit = text.index(end, offsetBy: maxGap + part.count, limitedBy: text.endIndex) ?? text.endIndex
                guard let next = text.range(of: part, range: end..<limit) else { matched = false; break }
                end = next.upperBound
            }
            if matched, cues.isEmpty || !cues.deny(at: found.lowerBound, in: text) { return true }
            searchStart = found.upperBound
        }
        return false
    }

    /// What may come between the two characters of a verb-object word (离合词) when it is split:
    /// 报的警, 立了案, 罚过款.
    static let separatingParticles: Set<Character> = ["了", "过", "的"]

    /// A two-character wording split by each particle (`separatingParticles`): 报警 → 报了警, 报的警,
    /// 报过警; empty for any other wording.
    static func separatedForms(of wording: String) -> [String] {
        let characters = Array(wording)
        guard characters.count == 2 else { return [] }
        return separatingParticles.sorted().map { String(characters[0]) + String($0) + String(characters[1]) }
    }

    /// The elements of a record: per dimension its title and request, its title, or neither (see
    /// `CaseText`), and its structured fields. When the title names no element of the dimensions not
    /// read from the request anyway (what was asked, under which procedure, on what ground), the title
    /// dimensions are read from the title and request, so that a case titled only by its parties
    /// (张某诉某公安分局政府信息公开案, 某科技有限公司诉…) still has what it asked for.
    public func profile(of record: Record) -> ElementProfile {
        let title = TextNormalizer.normalize(record.title)
        let full = TextNormalizer.normalize(Self.caseTextFields.compactMap { record.text($0) }.joined(separator: "\n"))
        var fields: [String: String] = [:]
        for field in Self.cueFields.keys { if let value = record.text(field) { fields[field] = value } }
        // A title that names nothing of what was asked or why (张某诉某公安分局政府信息公开案, as
        // published court cases are titled; who the parties are does not count: 某科技有限公司诉…)
        // has its title dimensions read from the request. A title that names some
        // (申请人三个月内提交百余件申请案) is left alone: what it leaves out is not the issue.
        let titleIsSilent = profile(fields: [:]) { $0.caseText == .titleAndRequest ? "" : title }.isEmpty
        return profile(fields: fields) { dimension in
            switch dimension.caseText {
            case .titleAndRequest: return full
            case .title: return titleIsSilent ? full : title
            case .none: return ""
            }
        }
    }

    /// The version of how elements are read from a record; part of `fingerprint`, so that a change
    /// in the reading (2: a silent title gives way to the request; 3: counts and split verb-object
    /// words; 4: a range of counts is read by its least, 两三 as two) brings indexes up to date.
    static let readingVersion = 4

    /// A fingerprint of the definitions, so that an index built with other elements is brought up to date.
    public var fingerprint: String {
        let lines = dimensions.map { dimension in
            "[\(dimension.name) \(dimension.exclusive) \(dimension.weight) \(dimension.caseText.rawValue)]"
                + dimension.elements.map { "\($0.name)=\($0.wordings.joined(separator: ","))|\($0.fields.map { "\($0.field)=\($0.value)" }.joined(separator: ","))" }
                .joined(separator: ";")
        }
        let negation = negations.isEmpty ? [] : ["否定说法=" + negations.joined(separator: ",")]
        let separable = separableWords.isEmpty ? [] : ["离合词=" + separableWords.sorted().joined(separator: ",")]
        let reading = ["reading=\(Self.readingVersion)"]
        return String(SHA256.hex(Array((lines + negation + separable + reading).joined(separator: "\n").utf8)).prefix(16))
    }
}
