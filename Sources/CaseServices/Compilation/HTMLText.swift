/// Escaping and paragraphs for the HTML renderers.
enum HTMLText {
    /// Escapes `& < > " '` so record text can never become markup.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Each non-blank line of a text as an escaped `<p>`.
    static func paragraphs(_ text: String) -> [String] {
        CompilationText.paragraphs(text).map { "<p>\(escape($0))</p>" }
    }
}
