import Foundation

/// Reads and writes the JSONL interchange format: one record per line.
public enum JSONLines {
    /// One line's outcome: its number, and the record or the problems.
    public struct Line: Sendable {
        /// The one-based line number in the text.
        public let number: Int
        /// The record, or nil when the line has problems.
        public let record: Record?
        /// Everything wrong with the line; empty when `record` is set.
        public let problems: [RecordProblem]
    }

    /// Parses every non-blank line; a bad line never stops the good ones. Ids repeated within the
    /// text and outcomes whose case is neither in the text nor in `knownCaseIDs` are problems.
    public static func read(_ text: String, knownCaseIDs: Set<String> = []) -> [Line] {
        var body = text
        if body.hasPrefix("\u{FEFF}") {
            return [Line(number: 1, record: nil, problems: [RecordProblem(field: nil, message: "文件以字节顺序标记（BOM）开头；JSONL 必须是不带 BOM 的 UTF-8")])]
        }
        body = body.replacingOccurrences(of: "\r\n", with: "\n")
        var lines: [Line] = []
        for (offset, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            lines.append(decode(line, number: offset + 1))
        }
        return checkReferences(lines, knownCaseIDs: knownCaseIDs)
    }

    /// Decodes one line's text as a record (a line over `RecordLimits.recordBytes` is refused unparsed).
    public static func decode(_ text: String, number: Int) -> Line {
        if let problem = RecordLimits.recordSizeProblem(text.utf8.count) {
            return Line(number: number, record: nil, problems: [problem])
        }
        do {
            let decoded = RecordDecoder.decode(try JSONParser.parse(text))
            return Line(number: number, record: decoded.record, problems: decoded.problems)
        } catch {
            return Line(number: number, record: nil, problems: [RecordProblem(field: nil, message: "\(error)")])
        }
    }

    /// Checks decoded lines against each other: an id repeated within them, or an outcome or training
    /// record whose case is neither among them nor in `knownCaseIDs`, turns the line into a problem.
    public static func checkReferences(_ lines: [Line], knownCaseIDs: Set<String>) -> [Line] {
        var seen: [String: Int] = [:]
        var caseIDs = knownCaseIDs
        for line in lines { if let record = line.record, record.kind == .case { caseIDs.insert(record.id) } }
        return lines.map { line in
            guard let record = line.record else { return line }
            if let first = seen[record.id] {
                return Line(number: line.number, record: nil, problems: [RecordProblem(field: "id", message: "编号 \(record.id) 已在第 \(first) 行出现")])
            }
            seen[record.id] = line.number
            if let target = record.caseID, !caseIDs.contains(target) {
                return Line(number: line.number, record: nil, problems: [RecordProblem(field: "case", message: "引用的案例 \(target) 既不在本文件中，也不在案例库中")])
            }
            let missing = record.kind == .training ? record.list("cases").filter { !caseIDs.contains($0) } : []
            if let target = missing.first {
                return Line(number: line.number, record: nil, problems: [RecordProblem(field: "cases", message: "引用的案例 \(target) 既不在本文件中，也不在案例库中")])
            }
            return line
        }
    }

    /// Writes records as JSONL, one per line, cases first, then outcomes, then training, each by id.
    public static func write(_ records: [Record]) -> String {
        let order: [RecordKind: Int] = [.case: 0, .outcome: 1, .training: 2]
        let sorted = records.sorted { (order[$0.kind] ?? 3, $0.id) < (order[$1.kind] ?? 3, $1.id) }
        return sorted.map { JSONWriter.compact($0.json) + "\n" }.joined()
    }
}
