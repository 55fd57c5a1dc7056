import CaseLibrary

/// The answer deadline of an application under 《政府信息公开条例》第三十三条: 20 working days from
/// receipt (counted from the next day), 20 more when extended; when the application had to be
/// corrected (补正, 第三十条) the period runs from the day the correction arrived; the working days
/// spent consulting third parties or other agencies (第三十二条) do not count.
public struct AnswerDeadline: Sendable, Equatable {
    /// What the deadline is computed from.
    public struct Request: Sendable, Equatable {
        /// The day the application was received.
        public var received: CivilDay
        /// The day the corrected application arrived (补正), when it had to be corrected.
        public var corrected: CivilDay?
        /// Whether the period was extended (延长答复期限).
        public var extended: Bool
        /// Third-party or inter-agency consultations, first and last day each (both included).
        public var paused: [ClosedRange<CivilDay>]

        /// Makes a request.
        public init(received: CivilDay, corrected: CivilDay? = nil, extended: Bool = false, paused: [ClosedRange<CivilDay>] = []) {
            self.received = received
            self.corrected = corrected
            self.extended = extended
            self.paused = paused
        }
    }

    /// Working days in the ordinary period.
    public static let ordinaryDays = 20
    /// Working days an extension adds.
    public static let extensionDays = 20

    /// The request.
    public let request: Request
    /// The day the period runs from (receipt, or the correction's arrival).
    public let start: CivilDay
    /// The last day to answer.
    public let due: CivilDay
    /// Working days counted (20 or 40).
    public let workingDays: Int
    /// Working days of consultation that did not count.
    public let pausedWorkingDays: Int
    /// Holidays (not ordinary weekends) between the start and the due date, with their names.
    public let holidays: [(day: CivilDay, name: String)]
    /// Weekend days worked in exchange between the start and the due date.
    public let workedWeekends: [(day: CivilDay, note: String)]

    /// Computes the deadline on `calendar`.
    /// - Throws: ``ServiceError/badInput(_:)`` when a date is out of order or outside the calendar's years.
    public init(_ request: Request, calendar: WorkCalendar) throws(ServiceError) {
        if let corrected = request.corrected, corrected < request.received {
            throw .badInput("corrected：补正日期 \(corrected) 早于收到申请的日期 \(request.received)")
        }
        for range in request.paused where range.lowerBound < request.received {
            throw .badInput("paused：征求意见期间 \(range.lowerBound)..\(range.upperBound) 早于收到申请的日期 \(request.received)")
        }
        guard calendar.covers(request.received) else {
            _ = try calendar.isWorkingDay(request.received)  // throws the calendar's message
            throw .badInput("received：日期不在节假日日历内")
        }
        self.request = request
        start = request.corrected ?? request.received
        workingDays = Self.ordinaryDays + (request.extended ? Self.extensionDays : 0)
        var counted = 0
        var paused = 0
        var day = start
        var holidays: [(CivilDay, String)] = []
        var worked: [(CivilDay, String)] = []
        while counted < workingDays {
            day = day.adding(1)
            let working = try calendar.isWorkingDay(day)
            if let name = calendar.holidays[day], !working { holidays.append((day, name)) }
            if let note = calendar.workedWeekends[day] { worked.append((day, note)) }
            guard working else { continue }
            if request.paused.contains(where: { $0.contains(day) }) { paused += 1 } else { counted += 1 }
        }
        due = day
        pausedWorkingDays = paused
        self.holidays = holidays
        self.workedWeekends = worked
    }

    /// One or two Chinese sentences: the due date and how it was reached.
    public var explanation: String {
        var parts = ["依《政府信息公开条例》第三十三条，"]
        if let corrected = request.corrected {
            parts.append("申请于 \(request.received) 收到，补正材料于 \(corrected) 收到，期限自补正之日起重新计算；")
        } else {
            parts.append("申请于 \(request.received) 收到，")
        }
        parts.append(request.extended ? "答复期限 20 个工作日并延长 20 个工作日，" : "答复期限 20 个工作日，")
        if pausedWorkingDays > 0 { parts.append("征求第三方或其他机关意见的 \(pausedWorkingDays) 个工作日不计入（第三十二条），") }
        parts.append("应于 \(due)（\(due.weekdayName)）前答复。")
        if !holidays.isEmpty {
            let names = holidays.reduce(into: [String]()) { if !$0.contains($1.name) { $0.append($1.name) } }
            parts.append("期间遇\(names.joined(separator: "、"))假期")
            parts.append(workedWeekends.isEmpty ? "。" : "，调休上班日 \(workedWeekends.map(\.day.description).joined(separator: "、")) 计入。")
        }
        return parts.joined()
    }

    public static func == (lhs: AnswerDeadline, rhs: AnswerDeadline) -> Bool {
        lhs.request == rhs.request && lhs.due == rhs.due && lhs.pausedWorkingDays == rhs.pausedWorkingDays
    }
}
