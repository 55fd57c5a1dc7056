/// Collects the articles of a statute body line by line (see `StatuteParser` for the layout).
struct StatuteBodyBuilder {
    /// What the builder produced.
    struct Result {
        var subtitle: String?
        var preamble: String?
        var articles: [StatuteArticle]
        var issues: [StatuteIssue]
    }

    private let path: String
    private var subtitle: String?
    private var part: String?
    private var chapter: String?
    private var section: String?
    private var preambleLines: [String] = []
    private var articles: [StatuteArticle] = []
    private var issues: [StatuteIssue] = []
    private var seen: Set<[Int]> = []

    // The article being read.
    private var current: (label: String, number: Int, subNumber: Int?, line: Int)?
    private var paragraphs: [String] = []
    private var items: [[String]] = []
    /// Whether the previous line was text (so a following text line continues it).
    private var continues = false

    init(path: String, subtitle: String?) {
        self.path = path
        self.subtitle = subtitle
    }

    /// Takes the next cleaned line (1-based `line`).
    mutating func consume(_ text: String, line: Int) {
        if text.isEmpty || (text.hasPrefix("<!--") && text.hasSuffix("-->")) {
            continues = false
            return
        }
        if text.hasPrefix("#") {
            finishArticle()
            heading(text)
            continues = false
            return
        }
        if let label = StatuteLine.articleLabel(text) {
            finishArticle()
            current = (label.label, label.number, label.subNumber, line)
            if !label.rest.isEmpty {
                paragraphs.append(String(label.rest))
                items.append([])
            }
            continues = !label.rest.isEmpty
            return
        }
        guard current != nil else {
            if continues, let last = preambleLines.popLast() { preambleLines.append(last + text) } else { preambleLines.append(text) }
            continues = true
            return
        }
        if StatuteLine.isItem(text) {
            if paragraphs.isEmpty {
                paragraphs.append("")
                items.append([])
            }
            items[items.count - 1].append(text)
        } else if continues {
            appendContinuation(text)
        } else {
            paragraphs.append(text)
            items.append([])
        }
        continues = true
    }

    /// Ends the last article and returns everything read.
    mutating func finish() -> Result {
        finishArticle()
        let preamble = preambleLines.isEmpty ? nil : preambleLines.joined(separator: "\n")
        return Result(subtitle: subtitle, preamble: preamble, articles: articles, issues: issues)
    }

    private mutating func appendContinuation(_ text: String) {
        let last = items.count - 1
        if let lastItem = items[last].popLast() {
            items[last].append(lastItem + text)
        } else {
            paragraphs[last] += text
        }
    }

    private mutating func heading(_ line: String) {
        let text = StatuteLine.headingText(line)
        switch StatuteLine.headingKind(text) {
        case "编":
            (part, chapter, section) = (text, nil, nil)
        case "章":
            (chapter, section) = (text, nil)
        case "节":
            section = text
        default:
            switch StatuteLine.headingLevel(line) {
            case 1:
                if subtitle == nil && articles.isEmpty { subtitle = text } else { (part, chapter, section) = (text, nil, nil) }
            case 2: (chapter, section) = (text, nil)
            default: section = text
            }
        }
    }

    private mutating func finishArticle() {
        defer {
            current = nil
            paragraphs = []
            items = []
        }
        guard let current else { return }
        let key = [current.number, current.subNumber ?? 0]
        if seen.contains(key) {
            issues.append(StatuteIssue(path: path, line: current.line, message: "\(current.label) 重复出现"))
        } else if let previous = articles.last, [previous.number, previous.subNumber ?? 0].lexicographicallyPrecedes(key) == false {
            issues.append(StatuteIssue(
                path: path, line: current.line,
                message: "\(current.label) 排在 \(previous.label)（第 \(previous.line) 行）之后：条文序号顺序错乱"))
        }
        seen.insert(key)
        articles.append(StatuteArticle(
            number: current.number, label: current.label, subNumber: current.subNumber, part: part, chapter: chapter,
            section: section, paragraphs: paragraphs, items: items, line: current.line))
    }
}
