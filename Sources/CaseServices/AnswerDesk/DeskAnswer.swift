import CaseLibrary
import Foundation

/// What the answer desk is asked: an application, how to find its precedents, and the dates its
/// deadline runs from.
public struct DeskRequest: Sendable {
    /// The precedent search (text, boosts, filters, limit).
    public var precedents: PrecedentFinder.Request
    /// The application's date (`YYYY-MM-DD`): the statute versions quoted are those in force on it.
    /// Nil: the received date when given, else today (Beijing time).
    public var date: String?
    /// The dates the deadline runs from; nil when the received date is not given.
    public var deadline: AnswerDeadline.Request?
    /// How many precedents the suggestion reads.
    public var suggestionCount = HandlingSuggestion.defaultCount

    /// Makes a request.
    public init(precedents: PrecedentFinder.Request, date: String? = nil, deadline: AnswerDeadline.Request? = nil) {
        self.precedents = precedents
        self.date = date
        self.deadline = deadline
    }
}

/// The answer desk's answer: precedents, the suggested handling, the applicable articles and the
/// deadline, with what is needed to reproduce it (date and index revision).
public struct DeskAnswer: Sendable {
    /// The request.
    public let request: DeskRequest
    /// The precedents, best first.
    public let precedents: [PrecedentResult]
    /// 拟答复参考.
    public let suggestion: HandlingSuggestion
    /// The applicable articles.
    public let articles: [DeskArticle]
    /// The deadline, when a received date was given and the calendar covers it.
    public let deadline: AnswerDeadline?
    /// Why the deadline could not be computed, when a received date was given but it could not.
    public let deadlineProblem: String?
    /// How many working days each precedent's answer took (received → answered), by case id, when
    /// the calendar covers both dates.
    public let answerDays: [String: Int]
    /// The application's date used for statute versions.
    public let date: String
    /// The index revision searched.
    public let revision: UInt64
    /// When the answer was made (`YYYY-MM-DD HH:mm`, Beijing time).
    public let madeAt: String

    /// Today in Beijing (`YYYY-MM-DD`), or with `time`, `YYYY-MM-DD HH:mm`.
    public static func today(time: Bool = false) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = time ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
