import Foundation

/// Reads one statute Markdown file (the layout of `../shared/corpora/lawrefbook`, described in
/// its README) into a `LawDocument`.
///
/// The layout: `# title`, an optional second `# ` heading, history lines `YYYY年M月D日 event`,
/// a line `<!-- INFO END -->`, then `##`/`###` headings for 编/章/节 and articles as paragraphs
/// starting `第X条` (or `第X条之一`) followed by a space. Paragraphs (款) are separated by blank
/// lines; lines with no blank line between them continue the same paragraph; lines starting
/// `（一）` or `(一)` are items (项) of the paragraph before them.
///
/// Parsing never fails: what cannot be understood (no title, no marker, no articles, article
/// numbers out of order or repeated) is reported as a `StatuteIssue` and parsing goes on.
public enum StatuteParser {
    /// A parsed document and the issues found in it.
    public struct Outcome: Sendable {
        /// The document (always made, possibly with no articles).
        public let document: LawDocument
        /// Oddities found, in line order.
        public let issues: [StatuteIssue]
    }

    /// The marker line that ends the history block.
    public static let infoEndMarker = "<!-- INFO END -->"

    /// Parses the text of a statute file.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - path: the file's path, used in issues, for the fallback title and for the date in the
    ///     file name (`政府信息公开条例(2019-04-03).md`).
    /// - Returns: the document and its issues.
    public static func parse(_ text: String, path: String) -> Outcome {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(StatuteLine.clean)
        var issues: [StatuteIssue] = []
        let markerIndex = lines.firstIndex(of: infoEndMarker)
        let header = parseHeader(lines, end: markerIndex, path: path, issues: &issues)
        var body = StatuteBodyBuilder(path: path, subtitle: header.subtitle)
        for index in header.bodyStart..<lines.count {
            body.consume(lines[index], line: index + 1)
        }
        let result = body.finish()
        issues += result.issues
        if result.articles.isEmpty {
            issues.append(StatuteIssue(path: path, line: 0, message: "未找到条文（第X条）"))
        }
        let document = LawDocument(
            title: header.title, subtitle: result.subtitle, events: header.events,
            effectiveDate: effectiveDate(of: header.events, path: path), preamble: result.preamble,
            articles: result.articles, path: path)
        return Outcome(document: document, issues: issues.sorted { $0.line < $1.line })
    }

    /// Reads and parses a statute file.
    ///
    /// - Parameter path: the file's path.
    /// - Returns: the document and its issues.
    /// - Throws: `StatuteIssue` (line 0) when the file cannot be read or is not UTF-8.
    public static func parseFile(atPath path: String) throws -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StatuteIssue(path: path, line: 0, message: "无法读取文件")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw StatuteIssue(path: path, line: 0, message: "文件不是有效的 UTF-8 编码")
        }
        return parse(text, path: path)
    }

    /// The date in a file name such as `政府信息公开条例(2019-04-03).md`, or nil.
    public static func fileNameDate(_ path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        guard let open = name.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let candidate = String(name[name.index(after: open)...].prefix(10))
        return CalendarDate.isValid(candidate) ? candidate : nil
    }

    /// The file name without folder, date suffix and extension (`政府信息公开条例`).
    public static func fileNameTitle(_ path: String) -> String {
        var name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if fileNameDate(path) != nil, let open = name.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            name = String(name[..<open])
        }
        return name.trimmingCharacters(in: .whitespaces)
    }

    // MARK: - Header

    private struct Header {
        var title: String
        var subtitle: String?
        var events: [StatuteEvent]
        var bodyStart: Int
    }

    private static func parseHeader(_ lines: [String], end: Int?, path: String, issues: inout [StatuteIssue]) -> Header {
        var header = Header(title: "", subtitle: nil, events: [], bodyStart: 0)
        let limit: Int
        if let end {
            limit = end
            header.bodyStart = end + 1
        } else {
            issues.append(StatuteIssue(path: path, line: 0, message: "没有 \(infoEndMarker) 标记；沿革信息读到第一个标题或条文为止"))
            limit = lines.firstIndex { $0.hasPrefix("##") || StatuteLine.articleLabel($0) != nil } ?? lines.count
            header.bodyStart = limit
        }
        for index in 0..<limit {
            let line = lines[index]
            if line.hasPrefix("#") {
                let heading = StatuteLine.headingText(line)
                if header.title.isEmpty { header.title = heading } else if header.subtitle == nil { header.subtitle = heading }
            } else if let event = StatuteLine.event(line) {
                header.events.append(event)
            }
        }
        if header.title.isEmpty {
            header.title = fileNameTitle(path)
            issues.append(StatuteIssue(path: path, line: 1, message: "没有“# 标题”行；以文件名作为标题"))
        }
        return header
    }

    /// The 施行 date of the latest version: the latest 施行/实施 date when no other event is later,
    /// else the latest event's date (a 修正 after the last 施行 line starts a new version), else
    /// the file name's date.
    private static func effectiveDate(of events: [StatuteEvent], path: String) -> String? {
        let isInForce: (StatuteEvent) -> Bool = { $0.kind == "施行" || $0.kind == "实施" }
        let inForce = events.filter(isInForce).map(\.date).max()
        let latestOther = events.filter { !isInForce($0) }.map(\.date).max()
        switch (inForce, latestOther) {
        case let (inForce?, other?): return inForce >= other ? inForce : other
        case let (inForce?, nil): return inForce
        case let (nil, other?): return other
        case (nil, nil): return fileNameDate(path)
        }
    }
}
