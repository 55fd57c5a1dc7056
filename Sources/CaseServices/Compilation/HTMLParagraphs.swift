import CaseLibrary

/// Paragraphs for the HTML renderers (escaping is `HTMLText.escape` from CaseLibrary).
enum HTMLParagraphs {
    /// Each non-blank line of a text as an escaped `<p>`.
    static func paragraphs(_ text: String) -> [String] {
        CompilationText.paragraphs(text).map { "<p>\(HTMLText.escape($0))</p>" }
    }
}
