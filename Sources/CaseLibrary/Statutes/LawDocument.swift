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
