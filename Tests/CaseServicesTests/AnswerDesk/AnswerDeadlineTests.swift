import CaseLibrary
import CaseServices
import Foundation
import TestSupport
import Testing

/// The 第三十三条 deadline on the shipped calendar (`Cases/holidays.txt`), against dates worked out by
/// hand with a printed calendar: the day of receipt does not count, the period is counted in
/// working days, holidays are skipped and 调休 weekends are worked.
@Suite("Answer deadline (条例 第三十三条) on the shipped holiday calendar")
struct AnswerDeadlineTests {
    let calendar: WorkCalendar

    init() throws {
        calendar = try WorkCalendar.load(libraryRoot: ProjectPaths.root.appendingPathComponent("Cases"))
    }

    private func day(_ text: String) throws -> CivilDay { try #require(CivilDay(text)) }

    private func due(_ received: String, corrected: String? = nil, extended: Bool = false, paused: [(String, String)] = []) throws -> String {
        let request = AnswerDeadline.Request(received: try day(received), corrected: try corrected.map(day), extended: extended,
                                             paused: try paused.map { try day($0.0)...day($0.1) })
        return try AnswerDeadline(request, calendar: calendar).due.description
    }

    @Test func theShippedCalendarCoversTheYearsItDeclares() {
        #expect(calendar.years == [2023, 2024, 2025, 2026])
    }

    @Test func civilDaysKnowTheirWeekday() throws {
        #expect(try day("2024-10-01").weekdayName == "星期二")
        #expect(try day("2026-12-06").weekdayName == "星期日")
        #expect(try day("2024-02-29").adding(1).description == "2024-03-01")
        #expect(CivilDay("2023-02-29") == nil)
    }

    /// 2024-09-20 (Fri): 9/23–27 (5), Sun 9/29 worked (6), 9/30 (7), 国庆 10/1–7, 10/8–11 (11),
    /// Sat 10/12 worked (12), 10/14–18 (17), 10/21–23 (20).
    @Test func aNationalDayWeekIsSkippedAndItsMakeUpWeekendsWorked() throws {
        let deadline = try AnswerDeadline(.init(received: try day("2024-09-20")), calendar: calendar)
        #expect(deadline.due.description == "2024-10-23")
        #expect(deadline.holidays.map(\.day.description) == (1...7).map { "2024-10-0\($0)" })
        #expect(deadline.workedWeekends.map(\.day.description) == ["2024-09-29", "2024-10-12"])
        #expect(deadline.explanation.contains("国庆节"))
        #expect(deadline.explanation.contains("2024-10-23（星期三）"))
    }

    /// Received 2024-03-01 (Fri); without correction: 3/4–29 → 2024-03-29. The correction arrives
    /// 2024-03-11 (Mon): 3/12–15 (4), 3/18–22 (9), 3/25–29 (14), 4/1–3 (17), 清明 4/4–6, Sun 4/7
    /// worked (18), 4/8 (19), 4/9 (20).
    @Test func aCorrectionRestartsThePeriodWhenItArrives() throws {
        #expect(try due("2024-03-01") == "2024-03-29")
        #expect(try due("2024-03-01", corrected: "2024-03-11") == "2024-04-09")
    }

    /// 2025-01-20 (Mon): 1/21–24 (4), Sun 1/26 worked (5), 1/27 (6), 春节 1/28–2/4, 2/5–7 (9), Sat 2/8
    /// worked (10), 2/10–14 (15), 2/17–21 (20); extended: 2/24–3/21 (40).
    @Test func anExtensionAddsTwentyWorkingDaysAcrossTheSpringFestival() throws {
        #expect(try due("2025-01-20") == "2025-02-21")
        #expect(try due("2025-01-20", extended: true) == "2025-03-21")
    }

    /// 2024-05-06 (Mon): 5/7–10 (4), Sat 5/11 worked (5); consultation 5/13–24 (10 working days, not
    /// counted); 5/27–31 (10), 6/3–7 (15), 端午 6/10, 6/11–14 (19), 6/17 (20). Without it: 2024-05-31.
    @Test func thirdPartyConsultationDaysDoNotCount() throws {
        #expect(try due("2024-05-06") == "2024-05-31")
        let deadline = try AnswerDeadline(.init(received: try day("2024-05-06"), paused: [try day("2024-05-13")...day("2024-05-24")]),
                                          calendar: calendar)
        #expect(deadline.due.description == "2024-06-17")
        #expect(deadline.pausedWorkingDays == 10)
        #expect(deadline.explanation.contains("第三十二条"))
    }

    /// 2025-12-15 (Mon): 12/16–19 (4), 12/22–26 (9), 12/29–31 (12), 元旦 2026-01-01–03, Sun 1/4 worked
    /// (13), 1/5–9 (18), 1/12–13 (20): the period runs from one calendar year into the next.
    @Test func thePeriodRunsAcrossTheNewYear() throws {
        #expect(try due("2025-12-15") == "2026-01-13")
    }

    @Test func aDateOutsideTheCalendarIsAClearErrorNotAGuess() throws {
        #expect {
            try due("2022-05-06")
        } throws: { error in
            "\(error)".contains("不在节假日日历的年份内") && "\(error)".contains("2022") && "\(error)".contains("holidays.txt")
        }
        // The period itself would run into 2027, which the calendar does not cover yet.
        #expect { try due("2026-12-20") } throws: { "\($0)".contains("2027") }
    }

    @Test func datesOutOfOrderAreRefused() throws {
        #expect { try due("2024-03-11", corrected: "2024-03-01") } throws: { "\($0)".contains("补正日期") }
        #expect { try due("2024-03-11", paused: [("2024-03-01", "2024-03-05")]) } throws: { "\($0)".contains("征求意见") }
    }

    @Test func workingDaysBetweenTwoDatesCountFromTheNextDay() throws {
        #expect(try calendar.workingDays(after: day("2024-09-20"), through: day("2024-10-23")) == 20)
        #expect(try calendar.workingDays(after: day("2024-10-01"), through: day("2024-10-07")) == 0)
        #expect(try calendar.workingDays(after: day("2024-10-08"), through: day("2024-10-08")) == 0)
    }

    @Test func calendarFilesAreCheckedLineByLine() {
        #expect { try WorkCalendar.parse("年份 2024\n放假 2025-01-01 元旦\n", path: "h.txt") } throws: { "\($0)".contains("h.txt:2") }
        #expect { try WorkCalendar.parse("年份 2024\n上班 2024-10-08\n", path: "h.txt") } throws: { "\($0)".contains("不是周末") }
        #expect { try WorkCalendar.parse("年份 2024\n休息 2024-10-08\n", path: "h.txt") } throws: { "\($0)".contains("h.txt:2") }
        #expect { try WorkCalendar.parse("# 空\n", path: "h.txt") } throws: { "\($0)".contains("没有任何年份") }
        let parsed = try? WorkCalendar.parse("年份 2030\n放假 2030-10-01..2030-10-03 国庆节\n上班 2030-09-29 调休\n")
        #expect(parsed?.holidays.count == 3 && parsed?.workedWeekends.count == 1)
    }
}
