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
