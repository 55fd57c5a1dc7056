import Foundation

/// RFC 4180 CSV as a spreadsheet saves it: fields separated by commas, quoted with `"` when they
/// hold a comma, a quote (doubled) or a line break. Every row remembers the line it starts on, so
/// problems can be reported as `FILE:LINE`.
public struct CSVTable: Sendable, Equatable {
    /// One row of fields.
    public struct Row: Sendable, Equatable {
        /// The 1-based line the row starts on.
        public let line: Int
        /// The fields, unquoted.
        public let fields: [String]
        /// A quoting mistake in the row (the fields are then as far as they could be read).
        public let problem: String?
    }

    /// Every non-blank row, the header first.
    public let rows: [Row]

    /// Parses text whose line ends are LF (CRLF is accepted too).
    public init(parsing text: String) {
        var rows: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, rowStart = 1
        var inQuotes = false, wasQuoted = false, problem: String?
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()

        func endRow() {
            fields.append(String(field))
            let blank = fields.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" } } && !wasQuoted
            if !blank || problem != nil { rows.append(Row(line: rowStart, fields: fields, problem: problem)) }
            fields = []
            field = String.UnicodeScalarView()
            wasQuoted = false
            problem = nil
        }

        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
            case "\r" where pending == "\n":
                continue
            case "\n":
                endRow()
                line += 1
                rowStart = line
            case "\"" where field.isEmpty:
                inQuotes = true
                wasQuoted = true
            case "\"":
                if problem == nil { problem = "引号只能出现在用引号括起的单元格中（单元格内的引号应写成两个引号）" }
                field.append(scalar)
            default:
                field.append(scalar)
            }
        }
        if inQuotes { problem = "引号没有闭合" }
        if !field.isEmpty || !fields.isEmpty || wasQuoted || problem != nil { endRow() }
        self.rows = rows
    }

    /// Quotes a field when it needs it (comma, quote, line break, or leading/trailing space).
    public static func quote(_ field: String) -> String {
        let needs = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first == " " || field.last == " "
        guard needs else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
