/// Finds cited provisions in free Chinese text and in `legal_basis` entries.
///
/// Recognised forms (after `TextNormalizer`, so traditional characters, full-width brackets and
/// digits work): 《政府信息公开条例》第十五条, 《条例》第十六条第二款, 第三十六条第（三）项 and
/// 第三十六条第三项, 第15条, ranges 第十四条至第十六条 (expanded), lists 第十四条、第十五条, and
/// further paragraphs or items of the same article (第十四条第一款、第二款).
///
/// A law is named in 《》 or, without marks, by an alias or known title right before 第…条.
/// 旧条例, 原条例, 修订前 (or 新条例, 修订后) earlier in the same sentence set the citation's
/// `versionHint` (the 条例 forms only for a law whose title ends in 条例).
/// An article with no law right before it takes the most recent law named earlier in the text;
/// with none, the caller's default law.
public struct CitationParser: Sendable {
    /// The alias table used to canonicalise law names and spot unmarked ones.
    public var aliases: LawAliases
    /// The law of articles cited before any law is named (e.g. `政府信息公开条例`), or nil to
    /// drop such articles.
    public var defaultLaw: String?
    /// Extra title keys recognised without 《》 marks (e.g. all titles of a `StatuteLibrary`).
    public var knownLaws: Set<String>

    /// Makes a parser.
    ///
    /// - Parameters:
    ///   - aliases: the alias table.
    ///   - defaultLaw: the law of bare articles; the OGI Regulations by default.
    ///   - knownLaws: extra law names recognised without 《》.
    public init(aliases: LawAliases = .builtIn, defaultLaw: String? = "政府信息公开条例", knownLaws: Set<String> = []) {
        self.aliases = aliases
        self.defaultLaw = defaultLaw
        self.knownLaws = Set(knownLaws.map(LawTitle.key))
    }

    /// The citations in a text, in order.
    public func citations(in text: String) -> [Citation] {
        var context: LawMention?
        return scan(text, context: &context)
    }

    /// The citations in a case's `legal_basis` entries; a law named in one entry carries over to
    /// bare articles in the following entries.
    ///
    /// - Returns: for each entry, its citations (ranges index into that entry).
    public func citations(inLegalBasis entries: [String]) -> [[Citation]] {
        var context: LawMention?
        return entries.map { scan($0, context: &context) }
    }

    /// A law named in the text.
    struct LawMention {
        var written: String
        var canonical: String
        var start: Int
        var end: Int
    }

    private static let lawSuffixes = ["法", "条例", "规定", "办法", "解释", "细则", "决定", "规则", "意见", "批复"]
    private static let maxNameLength = 60

    private func scan(_ text: String, context: inout LawMention?) -> [Citation] {
        let (characters, origins) = TextNormalizer.normalizeWithOrigins(text)
        let scanner = ProvisionScanner(characters: characters)
        let indices = Array(text.indices) + [text.endIndex]
        func originalRange(_ start: Int, _ end: Int) -> Range<String.Index> {
            let lower = start < origins.count ? origins[start] : indices.count - 1
            let upper = end < origins.count ? origins[end] : indices.count - 1
            return indices[lower]..<indices[max(lower, upper)]
        }
        func written(_ start: Int, _ end: Int) -> String { String(text[originalRange(start, end)]) }

        var citations: [Citation] = []
        var index = 0
        while index < characters.count {
            if characters[index] == "《", let mention = bracketedLaw(at: index, scanner: scanner, written: written) {
                if let mention { context = mention }
                index = mention?.end ?? ((closing(from: index, in: characters) ?? index) + 1)
                continue
            }
            guard characters[index] == "第", let (first, afterFirst) = scanner.reference(at: index) else {
                index += 1
                continue
            }
            var start = index
            var attribution = Citation.Attribution.inherited
            if let mention = context, mention.end == index {
                (start, attribution) = (mention.start, .explicit)
            } else if let mention = unmarkedLaw(endingAt: index, characters: characters, written: written) {
                context = mention
                (start, attribution) = (mention.start, .explicit)
            }
            let law: LawMention
            if let current = context {
                law = current
            } else if let defaultLaw {
                law = LawMention(written: defaultLaw, canonical: aliases.canonical(defaultLaw), start: index, end: index)
                attribution = .defaultLaw
            } else {
                index = afterFirst
                continue
            }
            let (references, end) = expand(first, end: afterFirst, scanner: scanner)
            let range = originalRange(start, end)
            let hint = VersionHint.nearest(before: index, in: characters, law: law.canonical)
            for reference in references {
                citations.append(Citation(
                    law: law.written, canonicalLaw: law.canonical, article: reference.article,
                    subArticle: reference.subArticle, paragraph: reference.paragraph, item: reference.item,
                    range: range, attribution: attribution, versionHint: hint))
                if attribution == .explicit { attribution = .inherited }
            }
            index = end
        }
        return citations
    }

    /// A range (至 another article) or further paragraphs/items of the same article.
    private func expand(_ first: ProvisionScanner.Reference, end: Int, scanner: ProvisionScanner) -> (
        [ProvisionScanner.Reference], Int
    ) {
        let characters = scanner.characters
        if end < characters.count, ProvisionScanner.rangeSeparators.contains(characters[end]) {
            var cursor = end + 1
            if cursor < characters.count, characters[cursor] != "第" {
                // 第十四条至十六条: the second end without 第.
                if let (value, afterNumber) = scanner.number(at: cursor), afterNumber < characters.count,
                    characters[afterNumber] == "条", value > first.article, value - first.article <= 200
                {
                    let members = (first.article...value).map { ProvisionScanner.Reference(article: $0) }
                    return (members, afterNumber + 1)
                }
            } else if let (last, afterLast) = scanner.reference(at: cursor), last.article > first.article,
                last.article - first.article <= 200
            {
                var members = (first.article..<last.article).map { ProvisionScanner.Reference(article: $0) }
                members.append(last)
                cursor = afterLast
                return (members, cursor)
            }
        }
        var members = [first]
        var cursor = end
        // 第十四条第一款、第二款 / 第三十六条第(一)项、第(二)项: more parts of the same article.
        while let afterSeparator = scanner.afterListSeparator(at: cursor) {
            if first.item != nil, let (item, afterItem) = scanner.unit("项", at: afterSeparator) {
                var next = members[members.count - 1]
                next.item = item
                members.append(next)
                cursor = afterItem
            } else if first.paragraph != nil, let (paragraph, afterParagraph) = scanner.unit("款", at: afterSeparator) {
                var next = ProvisionScanner.Reference(article: first.article, subArticle: first.subArticle)
                next.paragraph = paragraph
                cursor = afterParagraph
                if let (item, afterItem) = scanner.unit("项", at: cursor) {
                    next.item = item
                    cursor = afterItem
                }
                members.append(next)
            } else {
                break
            }
        }
        return (members, cursor)
    }

    private func closing(from index: Int, in characters: [Character]) -> Int? {
        var cursor = index + 1
        while cursor < characters.count, cursor - index <= Self.maxNameLength {
            if characters[cursor] == "》" { return cursor }
            if characters[cursor] == "《" || characters[cursor] == "\n" { return nil }
            cursor += 1
        }
        return nil
    }

    /// A 《name》 at `index`: `.some(nil)` when it is a title that is not a law, nil when unclosed.
    private func bracketedLaw(
        at index: Int, scanner: ProvisionScanner, written: (Int, Int) -> String
    ) -> LawMention?? {
        guard let close = closing(from: index, in: scanner.characters), close > index + 1 else { return nil }
        let name = written(index + 1, close)
        let key = LawTitle.key(name)
        let citesArticle = scanner.reference(at: close + 1) != nil
        let looksLikeLaw = aliases.contains(name) || knownLaws.contains(key) || Self.lawSuffixes.contains { key.hasSuffix($0) }
        guard citesArticle || looksLikeLaw else { return .some(nil) }
        return .some(LawMention(written: name, canonical: aliases.canonical(name), start: index, end: close + 1))
    }

    /// An alias or known title written without 《》 that ends right before `index`.
    private func unmarkedLaw(endingAt index: Int, characters: [Character], written: (Int, Int) -> String) -> LawMention? {
        let longest = min(index, 40)
        guard longest >= 2 else { return nil }
        for length in stride(from: longest, through: 2, by: -1) {
            let key = String(characters[(index - length)..<index])
            guard aliases.table[key] != nil || knownLaws.contains(key) else { continue }
            var start = index - length
            let prefix = Array(LawTitle.nationalPrefix)
            if start >= prefix.count, Array(characters[(start - prefix.count)..<start]) == prefix { start -= prefix.count }
            let name = written(start, index)
            return LawMention(written: name, canonical: aliases.canonical(name), start: start, end: index)
        }
        return nil
    }
}
