import Foundation

/// What one register CSV file held: its kind (told apart by the header), the lines that were
/// read, and a `LedgerIssue` for every line that was not.
public struct LedgerFile: Sendable {
    /// Applications or proceedings.
    public enum Kind: String, Sendable, Equatable {
        /// 申请登记: one line per application.
        case applications
        /// 复议诉讼登记: one line per reconsideration or court instance.
        case proceedings
    }

    /// A read line with its 1-based line number.
    public struct Numbered<Value: Sendable>: Sendable {
        /// Where the line starts in the file.
        public let line: Int
        /// What it says.
        public let value: Value
    }

    /// The file as named to the reader.
    public let name: String
    /// The kind, nil when the file was refused whole (encoding or header).
    public let kind: Kind?
    /// The encoding it was read as.
    public let encoding: TextDecoding.Encoding?
    /// Applications read (empty for a proceedings file).
    public let applications: [Numbered<LedgerApplication>]
    /// Proceedings read (empty for an applications file).
    public let proceedings: [Numbered<LedgerProceeding>]
    /// Every bad line (each skipped whole), in line order.
    public let issues: [LedgerIssue]

    /// Reads a register file.
    /// - Parameters:
    ///   - bytes: the file's contents, UTF-8 (with or without BOM) or GB18030.
    ///   - name: how the file is named in messages.
    public init(bytes: [UInt8], name: String) {
        self = Self.read(bytes, name: name)
    }

    /// A file that could not be read at all, reported as `NAME:0: 文件: reason`.
    public init(unreadable name: String, reason: String) {
        self = Self.refused(name, line: 0, column: "文件", message: reason)
    }

    private static func read(_ bytes: [UInt8], name: String) -> LedgerFile {
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(bytes, file: name)
        } catch {
            return refused(name, line: error.line, column: "编码", message: "不是文本文件，拒绝读取")
        }
        switch decoded.encoding {
        case .utf8, .utf8WithBOM, .gb18030: break
        case .utf16LittleEndian, .utf16BigEndian:
            return refused(name, line: 1, column: "编码", message: "是 UTF-16 编码；请另存为 UTF-8 或 GB18030 的 CSV")
        case .utf8Lossy:
            let line = firstUndecodableLine(bytes)
            return refused(name, line: line, column: "编码", message: "既不是 UTF-8 也不是 GB18030 编码（本行起无法识别），拒绝读取")
        }
        let table = CSVTable(parsing: decoded.text)
        guard let header = table.rows.first else {
            return refused(name, line: 1, column: "表头", message: "文件是空的，没有表头")
        }
        let reader = LedgerRowDecoder(file: name)
        switch reader.header(header) {
        case .failure(let issue):
            return refused(name, line: issue.line, column: issue.column, message: issue.message)
        case .success(let (kind, columns)):
            var applications: [Numbered<LedgerApplication>] = []
            var proceedings: [Numbered<LedgerProceeding>] = []
            var issues: [LedgerIssue] = []
            for row in table.rows.dropFirst() {
                switch kind {
                case .applications:
                    switch reader.application(row, columns: columns) {
                    case .success(let value): applications.append(Numbered(line: row.line, value: value))
                    case .failure(let problems): issues += problems.issues
                    }
                case .proceedings:
                    switch reader.proceeding(row, columns: columns) {
                    case .success(let value): proceedings.append(Numbered(line: row.line, value: value))
                    case .failure(let problems): issues += problems.issues
                    }
                }
            }
            return LedgerFile(
                name: name, kind: kind, encoding: decoded.encoding, applications: applications, proceedings: proceedings,
                issues: issues)
        }
    }

    /// The line where a file that is neither UTF-8 nor GB18030 goes wrong: the later of the first
    /// line each encoding cannot read (a GB18030 file is unreadable as UTF-8 from its first Chinese
    /// line on, so the line its GB18030 reading stops at is the one to fix, and vice versa).
    static func firstUndecodableLine(_ bytes: [UInt8]) -> Int {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let utf8 = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? lines.count
        let gb = lines.firstIndex { String(data: Data($0), encoding: TextDecoding.gb18030) == nil } ?? lines.count
        return min(max(utf8, gb), max(lines.count - 1, 0)) + 1
    }

    private static func refused(_ name: String, line: Int, column: String, message: String) -> LedgerFile {
        LedgerFile(
            name: name, kind: nil, encoding: nil, applications: [], proceedings: [],
            issues: [LedgerIssue(file: name, line: line, column: column, message: message)])
    }

    private init(
        name: String, kind: Kind?, encoding: TextDecoding.Encoding?, applications: [Numbered<LedgerApplication>],
        proceedings: [Numbered<LedgerProceeding>], issues: [LedgerIssue]
    ) {
        self.name = name
        self.kind = kind
        self.encoding = encoding
        self.applications = applications
        self.proceedings = proceedings
        self.issues = issues
    }
}
