import CaseLibrary
import Foundation

extension WorkCalendar {
    /// Reads the calendar file's text:
    ///
    /// ```
    /// 年份 2024  国办发明电〔2023〕7号
    /// 放假 2024-10-01..2024-10-07 国庆节
    /// 上班 2024-09-29 国庆节调休
    /// ```
    /// `#` starts a comment line. Every 放假 and 上班 date must lie in a year declared by a 年份 line.
    /// - Throws: ``ServiceError/badInput(_:)`` naming the line of the first problem.
    public static func parse(_ text: String, path: String = LibraryFiles.holidays) throws(ServiceError) -> WorkCalendar {
        var years: [Int] = []
        var holidays: [CivilDay: String] = [:]
        var worked: [CivilDay: String] = [:]
        for (offset, rawLine) in text.components(separatedBy: .newlines).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let place = "\(path):\(offset + 1)"
            guard parts.count >= 2 else { throw .badInput("\(place)：无法读取这一行：\(line)") }
            let note = parts.dropFirst(2).joined(separator: " ")
            switch parts[0] {
            case "年份":
                guard let year = Int(parts[1]), (1900...2999).contains(year) else { throw .badInput("\(place)：年份应为四位数字") }
                years.append(year)
            case "放假", "上班":
                let bounds = parts[1].components(separatedBy: "..")
                guard bounds.count <= 2, let first = CivilDay(bounds[0]), let last = CivilDay(bounds.last ?? ""), first <= last else {
                    throw .badInput("\(place)：日期应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD")
                }
                var day = first
                while day <= last {
                    guard years.contains(day.year) else { throw .badInput("\(place)：\(day) 所在年份未用“年份”行声明") }
                    if parts[0] == "放假" { holidays[day] = note.isEmpty ? "节假日" : note } else {
                        guard day.isWeekend else { throw .badInput("\(place)：\(day) 不是周末，无需写作调休上班") }
                        worked[day] = note.isEmpty ? "调休上班" : note
                    }
                    day = day.adding(1)
                }
            default:
                throw .badInput("\(place)：每行应以“年份”“放假”或“上班”开头")
            }
        }
        guard !years.isEmpty else { throw .badInput("\(path)：没有任何年份的放假安排") }
        return WorkCalendar(years: years, holidays: holidays, workedWeekends: worked)
    }

    /// The calendar of a library root (`Cases/holidays.txt`).
    /// - Throws: ``ServiceError/notFound(_:)`` when the file is missing; ``ServiceError/badInput(_:)``.
    public static func load(libraryRoot: URL) throws(ServiceError) -> WorkCalendar {
        let url = LibraryFiles.url(LibraryFiles.holidays, in: libraryRoot)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw .notFound("找不到节假日日历 Cases/\(LibraryFiles.holidays)：无法按工作日计算期限")
        }
        return try parse(text)
    }
}
