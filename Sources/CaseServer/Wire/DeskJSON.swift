import CaseLibrary
import CaseServices

/// The JSON of the answer desk: precedents with `suggestion`, `articles` and `deadline`, and the
/// deadline alone (`GET /api/deadline`). Shared by the HTTP API and `caselib --json`.
public enum DeskJSON {
    /// `{"count", "results", "suggestion", "articles", "deadline"?, "date", "revision"}`; each result
    /// carries `answer_days` when the calendar covers its dates.
    public static func answer(_ answer: DeskAnswer) -> JSONValue {
        let results: [JSONValue] = answer.precedents.map { result in
            guard case var .object(members) = PrecedentJSON.result(result) else { return PrecedentJSON.result(result) }
            if let days = answer.answerDays[result.record.id] { members.append(("answer_days", .number(String(days)))) }
            return .object(members)
        }
        var members: [(String, JSONValue)] = [
            ("count", .number(String(results.count))), ("results", .array(results)),
            ("suggestion", suggestion(answer.suggestion)),
            ("articles", .array(answer.articles.map(article))),
        ]
        if let deadline = answer.deadline { members.append(("deadline", self.deadline(deadline))) }
        if let problem = answer.deadlineProblem { members.append(("deadline_error", .string(problem))) }
        members.append(("date", .string(answer.date)))
        members.append(("revision", .number(String(answer.revision))))
        return .object(members)
    }

    /// `{"text", "notice", "considered", "groups": [{"response", "detail", "label", "share", "cases", "upheld", "corrected", "provisions"}]}`.
    public static func suggestion(_ suggestion: HandlingSuggestion) -> JSONValue {
        .object([
            ("text", .string(suggestion.text)),
            ("notice", .string(HandlingSuggestion.notice)),
            ("considered", .number(String(suggestion.considered))),
            ("groups", .array(suggestion.groups.map { group in
                .object([
                    ("response", .string(group.response)), ("detail", group.detail.map(JSONValue.string) ?? .null),
                    ("label", .string(group.label)), ("share", .number(SearchJSON.format(group.share))),
                    ("cases", strings(group.cases)), ("upheld", strings(group.upheld)), ("corrected", strings(group.corrected)),
                    ("provisions", strings(group.provisions)),
                ])
            })),
        ])
    }

    /// `{"law", "article", "version", "text", "provisions", "cases", "corrected_cases", "found_by_search", "in_force"}`.
    public static func article(_ article: DeskArticle) -> JSONValue {
        .object([
            ("law", .string(article.law)), ("article", .string(article.article)),
            ("version", article.version.map(JSONValue.string) ?? .null), ("text", article.text.map(JSONValue.string) ?? .null),
            ("provisions", strings(article.provisions)), ("cases", strings(article.cases)),
            ("corrected_cases", strings(article.correctedCases)), ("found_by_search", .bool(article.foundBySearch)),
            ("in_force", .bool(article.inForce)),
        ])
    }

    /// `{"due", "received", "start", "corrected"?, "extended", "working_days", "paused", "paused_working_days",
    /// "holidays", "worked_weekends", "basis", "explanation"}`.
    public static func deadline(_ deadline: AnswerDeadline) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("due", .string(deadline.due.description)), ("received", .string(deadline.request.received.description)),
            ("start", .string(deadline.start.description)),
        ]
        if let corrected = deadline.request.corrected { members.append(("corrected", .string(corrected.description))) }
        members += [
            ("extended", .bool(deadline.request.extended)), ("working_days", .number(String(deadline.workingDays))),
            ("paused", .array(deadline.request.paused.map { .string("\($0.lowerBound)..\($0.upperBound)") })),
            ("paused_working_days", .number(String(deadline.pausedWorkingDays))),
            ("holidays", .array(deadline.holidays.map { .object([("date", .string($0.day.description)), ("name", .string($0.name))]) })),
            ("worked_weekends", .array(deadline.workedWeekends.map { .object([("date", .string($0.day.description)), ("note", .string($0.note))]) })),
            ("basis", .string("《中华人民共和国政府信息公开条例》第三十三条")),
            ("explanation", .string(deadline.explanation)),
        ]
        return .object(members)
    }

    private static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
