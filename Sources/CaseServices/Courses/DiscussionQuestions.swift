/// Splits training material into its body and its discussion questions: the lines after a
/// `思考题` heading line (`思考题`, `思考题：`, `## 思考题`, `三、思考题`, `【思考题】`) — the last such
/// line of the text. List numbering (`1.`, `（一）`, `2、`, `-`) is dropped from each question.
public enum DiscussionQuestions {
    /// The body before the heading and the questions after it; no heading gives the whole text and no questions.
    public static func split(_ text: String) -> (body: String, questions: [String]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let heading = lines.lastIndex(where: isHeading) else { return (text, []) }
        let body = lines[..<heading].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let questions = lines[(heading + 1)...].map(stripNumbering).filter { !$0.isEmpty }
        return (body, questions)
    }

    static func isHeading(_ line: String) -> Bool {
        var core = line.trimmingCharacters(in: .whitespaces)
        core = String(core.drop { "#*【[ ".contains($0) })
        while let last = core.last, "：:】]* ".contains(last) { core.removeLast() }
        if let comma = core.firstIndex(where: { "、.．".contains($0) }), core.distance(from: core.startIndex, to: comma) <= 3 {
            core = String(core[core.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
        }
        return core == "思考题" || core == "讨论题" || core == "思考与讨论"
    }

    static func stripNumbering(_ line: String) -> String {
        var text = Substring(line.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("- ") || text.hasPrefix("* ") { text = text.dropFirst(2) }
        if let first = text.first, "(（".contains(first), let close = text.firstIndex(where: { ")）".contains($0) }),
            text.distance(from: text.startIndex, to: close) <= 4
        {
            text = text[text.index(after: close)...]
        } else {
            let marker = text.prefix { $0.isNumber || "一二三四五六七八九十".contains($0) }
            let rest = text.dropFirst(marker.count)
            if !marker.isEmpty, marker.count <= 3, let separator = rest.first, ".．、)）".contains(separator) {
                text = rest.dropFirst()
            }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
