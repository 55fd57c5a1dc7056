import Foundation

/// The generated register as spreadsheet files: columns in a shuffled order, dates in the three
/// forms spreadsheets write, some cells quoted (one unit name holds a comma), CRLF or LF.
extension RegisterGenerator {
    /// How a file is saved.
    public enum Encoding: Sendable {
        case utf8, utf8WithBOM, gb18030
    }

    /// GB18030 as swift-corelibs-foundation names it.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The applications received in `years`, as one CSV file's bytes.
    public func applicationsCSV(years: ClosedRange<Int>, encoding: Encoding, seed: UInt64 = 1) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        let header = ["编号", "收到日期", "申请人类型", "申请人子类", "承办单位", "答复日期", "答复结果", "答复细项", "延期", "案例编号"].shuffled(using: &random)
        var rows: [[String]] = []
        for a in applications where years.contains(Int(a.received.prefix(4)) ?? 0) {
            var unit = a.unit
            if a.id.hasSuffix("7") { unit = "\(a.unit),法制支队" }  // a comma inside a quoted cell
            let cells: [String: String] = [
                "编号": a.id, "收到日期": Self.written(a.received, &random), "申请人类型": a.type, "申请人子类": a.subtype ?? "",
                "承办单位": unit, "答复日期": a.answered.map { Self.written($0, &random) } ?? "", "答复结果": a.result ?? "",
                "答复细项": a.detail ?? "", "延期": a.extended ? "是" : "", "案例编号": "",
            ]
            rows.append(header.map { cells[$0] ?? "" })
        }
        return Self.bytes(header: header, rows: rows, encoding: encoding, random: &random)
    }

    /// The proceedings of applications received in `years`, as one CSV file's bytes.
    public func proceedingsCSV(years: ClosedRange<Int>, encoding: Encoding, seed: UInt64 = 2) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        let header = ["申请编号", "程序", "立案日期", "审结日期", "结果"].shuffled(using: &random)
        var rows: [[String]] = []
        for p in proceedings where years.contains(Int(p.applicationID.prefix(4)) ?? 0) {
            let cells = [
                "申请编号": p.applicationID, "程序": p.stage, "立案日期": Self.written(p.filed, &random),
                "审结日期": p.decided.map { Self.written($0, &random) } ?? "", "结果": p.result ?? "",
            ]
            rows.append(header.map { cells[$0] ?? "" })
        }
        return Self.bytes(header: header, rows: rows, encoding: encoding, random: &random)
    }

    /// A date as a spreadsheet might write it: 2023-03-05, 2023/3/5 or 2023年3月5日.
    static func written(_ date: String, _ random: inout SeededGenerator) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return date
        case 1: return "\(parts[0])/\(parts[1])/\(parts[2])"
        default: return "\(parts[0])年\(parts[1])月\(parts[2])日"
        }
    }

    static func bytes(header: [String], rows: [[String]], encoding: Encoding, random: inout SeededGenerator) -> [UInt8] {
        func quoted(_ cell: String) -> String {
            if cell.contains(",") || cell.contains("\"") || Int.random(in: 0..<10, using: &random) == 0 {
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return cell
        }
        let newline = encoding == .gb18030 ? "\r\n" : "\n"
        let text = ([header] + rows).map { $0.map(quoted).joined(separator: ",") + newline }.joined()
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .gb18030: return Array(text.data(using: gb18030) ?? Data())
        }
    }
}
