/// Escaping and paragraphs for the Markdown renderers.
enum MarkdownText {
    /// Backslash-escapes Markdown and HTML punctuation so record text stays text.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|&~!".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Each non-blank line of a text, escaped, followed by a blank line.
    static func paragraphs(_ text: String) -> [String] {
        CompilationText.paragraphs(text).flatMap { [escape($0), ""] }
    }
}
