/// One article (条) of a statute, with its paragraphs (款) and items (项).
public struct StatuteArticle: Sendable, Equatable {
    /// The article number: 15 for 第十五条, and also 15 for 第十五条之一.
    public let number: Int
    /// The label as written, e.g. `第十五条` or `第十五条之一`.
    public let label: String
    /// The 之一 / 之二 sub-number of an inserted article, or nil for an ordinary article.
    public let subNumber: Int?
    /// The 编 (part) heading the article falls under, e.g. `第一编 总则`, or nil.
    public let part: String?
    /// The 章 heading the article falls under, e.g. `第二章 公开的主体和范围`, or nil.
    public let chapter: String?
    /// The 节 heading the article falls under, or nil.
    public let section: String?
    /// The paragraphs (款), each without the article label; items are lines of their paragraph.
    public let paragraphs: [String]
    /// For each paragraph, its items (项) — the `（一）…` lines — in order; empty when it has none.
    public let items: [[String]]
    /// One-based line of the article label in the file.
    public let line: Int

    /// Makes an article.
    public init(
        number: Int, label: String, subNumber: Int? = nil, part: String? = nil, chapter: String? = nil,
        section: String? = nil, paragraphs: [String], items: [[String]], line: Int
    ) {
        self.number = number
        self.label = label
        self.subNumber = subNumber
        self.part = part
        self.chapter = chapter
        self.section = section
        self.paragraphs = paragraphs
        self.items = items
        self.line = line
    }

    /// The full text of the article: its paragraphs with their items, joined by newlines,
    /// without the label.
    public var text: String {
        zip(paragraphs, items).map { paragraph, items in ([paragraph] + items).joined(separator: "\n") }
            .joined(separator: "\n")
    }

    /// The text of paragraph `paragraph` (1-based), or nil when it does not exist.
    public func paragraph(_ paragraph: Int) -> String? {
        paragraphs.indices.contains(paragraph - 1) ? paragraphs[paragraph - 1] : nil
    }

    /// The text of item `item` (1-based) of paragraph `paragraph` (1-based), or nil.
    ///
    /// When an article has one paragraph with items and `paragraph` is nil, that paragraph is used.
    public func item(_ item: Int, paragraph: Int? = nil) -> String? {
        let index: Int
        if let paragraph {
            index = paragraph - 1
        } else if let only = items.firstIndex(where: { !$0.isEmpty }) {
            index = only
        } else {
            return nil
        }
        guard items.indices.contains(index), items[index].indices.contains(item - 1) else { return nil }
        return items[index][item - 1]
    }
}
