import Foundation

/// The summary table `caselib eval --suite` and `caselib eval-statutes --suite` print last, read back
/// for tests: one row per set, the set's name padded with spaces, then its columns.
public enum SuiteTable {
    /// The rows after the table's header line (the last line starting with 集合) whose name starts with
    /// `prefix`, by set name, each as its columns after the name. Columns are at least two spaces
    /// apart and no set name has two spaces in a row (`fresh 2`).
    public static func rows(_ output: String, prefix: String) -> [String: [String]] {
        let lines = output.split(separator: "\n").map(String.init)
        guard let header = lines.lastIndex(where: { $0.hasPrefix("集合") }) else { return [:] }
        var rows: [String: [String]] = [:]
        for line in lines[(header + 1)...] where line.hasPrefix(prefix) {
            let columns = line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let name = columns.first, rows[name] == nil { rows[name] = Array(columns.dropFirst()) }
        }
        return rows
    }
}
