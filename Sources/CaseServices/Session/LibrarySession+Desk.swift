import CaseIndex
import CaseLibrary
import Foundation

extension LibrarySession {
    /// The answer desk: precedents for an application with the suggested handling (拟答复参考), the
    /// applicable articles in the version in force on the application's date, and — when a received
    /// date is given — the answer deadline.
    ///
    /// - Throws: as ``precedents(_:)``; ``ServiceError/badInput(_:)`` for a bad date.
    public func desk(_ request: DeskRequest) throws -> DeskAnswer {
        let date = request.date ?? request.deadline?.received.description ?? DeskAnswer.today()
        guard CivilDay(date) != nil else { throw ServiceError.badInput("date：日期应为 YYYY-MM-DD，收到 ‘\(date)’") }
        let precedents = try self.precedents(request.precedents)
        let linker = files.linker ?? CitationLinker()
        let searched: [(law: String, article: Int)] = ((try? statutes(answering: String(request.precedents.text.prefix(2000)), limit: 3)) ?? [])
            .compactMap { result in
                guard let law = result.field("law"), let article = result.field("article"),
                      let number = try? ArticleNumber.parse(article) else { return nil }
                return (law, number)
            }
        let calendar = try? WorkCalendar.load(libraryRoot: library.folder.root)
        var deadline: AnswerDeadline?
        var problem: String?
        if let asked = request.deadline {
            do {
                guard let calendar else { throw ServiceError.notFound("找不到节假日日历 Cases/\(LibraryFiles.holidays)") }
                deadline = try AnswerDeadline(asked, calendar: calendar)
            } catch {
                problem = "\(error)"
            }
        }
        return DeskAnswer(
            request: request, precedents: precedents,
            suggestion: HandlingSuggestion(precedents: precedents, count: request.suggestionCount),
            articles: DeskArticles.gather(precedents: precedents, searched: searched, linker: linker, date: date),
            deadline: deadline, deadlineProblem: problem,
            answerDays: calendar.map { Self.answerDays(precedents.map(\.record), calendar: $0) } ?? [:],
            date: date, revision: try reader.revision, madeAt: DeskAnswer.today(time: true))
    }

    /// The answer deadline under 条例 第三十三条 on the library's holiday calendar.
    ///
    /// - Throws: ``ServiceError/notFound(_:)`` without a calendar; ``ServiceError/badInput(_:)`` for
    ///   dates out of order or outside the calendar's years.
    public func deadline(_ request: AnswerDeadline.Request) throws(ServiceError) -> AnswerDeadline {
        try AnswerDeadline(request, calendar: try WorkCalendar.load(libraryRoot: library.folder.root))
    }

    /// The library's holiday calendar.
    public func workCalendar() throws(ServiceError) -> WorkCalendar {
        try WorkCalendar.load(libraryRoot: library.folder.root)
    }

    /// Working days from `received` to `answered` of each case whose dates the calendar covers.
    static func answerDays(_ records: [Record], calendar: WorkCalendar) -> [String: Int] {
        var out: [String: Int] = [:]
        for record in records {
            guard let received = record.text("received").flatMap(CivilDay.init), let answered = record.text("answered").flatMap(CivilDay.init),
                  calendar.covers(received), calendar.covers(answered), answered >= received,
                  let days = try? calendar.workingDays(after: received, through: answered) else { continue }
            out[record.id] = days
        }
        return out
    }
}
