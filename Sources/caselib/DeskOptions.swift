import CaseLibrary
import CaseServer
import CaseServices
import Foundation

/// The answer desk's options on the command line (`precedents` filters and deadline dates) and
/// `caselib deadline`.
enum DeskOptions {
    /// `--filter-category`, `--filter-response`, `--status`, `--regime`, `--year`, `--unit` (each repeatable).
    static func filters(_ arguments: CommandLineArguments) throws -> PrecedentFilters {
        var filters = PrecedentFilters()
        filters.categories = arguments.values("filter-category")
        filters.responses = arguments.values("filter-response")
        filters.statuses = try arguments.values("status").map { text in
            guard let status = OutcomeHistory.Status(rawValue: text) else {
                throw CommandLineArguments.UsageError(message: "--status 应为 unchallenged、upheld、corrected 或 other，收到 ‘\(text)’")
            }
            return status
        }
        filters.regimes = arguments.values("regime")
        filters.units = arguments.values("unit")
        if let year = arguments.value("year") { filters.years = try SearchQuery.years(year) }
        try filters.validate()
        return filters
    }

    /// `--received`, `--corrected`, `--extended`, `--paused A..B` (repeatable); nil without `--received`.
    static func deadline(_ arguments: CommandLineArguments) throws -> AnswerDeadline.Request? {
        func day(_ text: String, _ name: String) throws -> CivilDay {
            guard let day = CivilDay(text) else { throw CommandLineArguments.UsageError(message: "--\(name) 应写作 YYYY-MM-DD，收到 ‘\(text)’") }
            return day
        }
        guard let received = arguments.value("received") else {
            if arguments.value("corrected") != nil || !arguments.values("paused").isEmpty || arguments.flag("extended") {
                throw CommandLineArguments.UsageError(message: "请用 --received YYYY-MM-DD 给出收到申请的日期")
            }
            return nil
        }
        let paused = try arguments.values("paused").map { text -> ClosedRange<CivilDay> in
            let parts = text.components(separatedBy: "..")
            guard parts.count == 2 else { throw CommandLineArguments.UsageError(message: "--paused 应写作 YYYY-MM-DD..YYYY-MM-DD，收到 ‘\(text)’") }
            let first = try day(parts[0], "paused"), last = try day(parts[1], "paused")
            guard first <= last else { throw CommandLineArguments.UsageError(message: "--paused 的开始日期晚于结束日期：\(text)") }
            return first...last
        }
        return AnswerDeadline.Request(received: try day(received, "received"), corrected: try arguments.value("corrected").map { try day($0, "corrected") },
                                      extended: arguments.flag("extended"), paused: paused)
    }

    /// `caselib deadline --received D [--corrected D] [--extended] [--paused A..B]… [--json]`.
    static func deadlineCommand(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["received", "corrected", "paused"], flags: ["json", "extended"], command: "deadline")
        guard let request = try deadline(arguments) else {
            throw CommandLineArguments.UsageError(message: "deadline 需要 --received YYYY-MM-DD")
        }
        let calendar = try WorkCalendar.load(libraryRoot: Caselib.service(arguments).folder.root)
        let deadline = try AnswerDeadline(request, calendar: calendar)
        if arguments.flag("json") {
            print(JSONWriter.compact(DeskJSON.deadline(deadline)))
        } else {
            print("答复期限：\(deadline.due)（\(deadline.due.weekdayName)）")
            print(deadline.explanation)
        }
        return 0
    }

    /// The desk's part of the text output: suggestion, articles, deadline.
    static func printDesk(_ answer: DeskAnswer) {
        print("\n拟答复参考：\(answer.suggestion.text)\n（\(HandlingSuggestion.notice)）")
        if !answer.articles.isEmpty { print("\n适用条文（按 \(answer.date) 施行的版本）：") }
        for article in answer.articles.prefix(8) {
            let cited = article.cases.isEmpty ? "" : "  类案引用：\(article.cases.joined(separator: "、"))"
            let warned = article.correctedCases.isEmpty ? "" : "  被纠正类案引用：\(article.correctedCases.joined(separator: "、"))"
            print("- 《\(article.law)》\(article.article)\(article.version.map { article.inForce ? "（\($0)）" : "（类案引用的 \($0) 版，非现行）" } ?? "")\(cited)\(warned)\(article.foundBySearch ? "  条文检索命中" : "")")
        }
        if let deadline = answer.deadline { print("\n答复期限：\(deadline.explanation)") }
        if let problem = answer.deadlineProblem { print("\n无法计算答复期限：\(problem)") }
    }
}
