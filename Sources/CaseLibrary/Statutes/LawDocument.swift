/// A dated event in a statute's history, from the lines before `<!-- INFO END -->`.
public struct StatuteEvent: Sendable, Equatable {
    /// The date, `YYYY-MM-DD`.
    public let date: String
    /// The kind of event: 公布, 修订, 修正, 施行, 通过, 批准, 发布, 修改, 废止 …, or `其他` when the
    /// line names none of them.
    public let kind: String
    /// The line after the date, as written (trimmed).
    public let text: String

    /// Makes an event.
    public init(date: String, kind: String, text: String) {
        self.date = date
        self.kind = kind
        self.text = text
    }
}

/// One statute file: its title, history and articles.
public struct LawDocument: Sendable, Equatable {
    /// The title from the first `# ` heading, e.g. `中华人民共和国政府信息公开条例`.
    public let title: String
    /// A second `# ` heading before the articles (the 编 of a code split over files), or nil.
    public let subtitle: String?
    /// The history lines, in file order.
    public let events: [StatuteEvent]
    /// When this version took effect: the last 施行 event, else the latest event, else the date
    /// in the file name (`…(2019-04-03).md`), else nil.
    public let effectiveDate: String?
    /// Text before the first article (a preamble), or nil.
    public let preamble: String?
    /// The articles, in file order.
    public let articles: [StatuteArticle]
    /// The path the document was read from (as given to the parser).
    public let path: String

    /// Makes a document.
    public init(
        title: String, subtitle: String?, events: [StatuteEvent], effectiveDate: String?, preamble: String?,
        articles: [StatuteArticle], path: String
    ) {
        self.title = title
        self.subtitle = subtitle
        self.events = events
        self.effectiveDate = effectiveDate
        self.preamble = preamble
        self.articles = articles
        self.path = path
    }

    /// The first article numbered `number` that is not an inserted 之一 article, else the first
    /// article with that number.
    public func article(_ number: Int) -> StatuteArticle? {
        articles.first { $0.number == number && $0.subNumber == nil } ?? articles.first { $0.number == number }
    }

    /// The article with exactly this label (`第十五条之一`), or nil.
    public func article(labelled label: String) -> StatuteArticle? {
        articles.first { $0.label == label }
    }
}

/// A problem or oddity found while parsing a statute file; parsing carries on.
public struct StatuteIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// One-based line number (0 for the file as a whole).
    public let line: Int
    /// What was found, in plain words.
    public let message: String

    /// Makes an issue.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`.
    public var description: String { "\(path):\(line): \(message)" }
}
