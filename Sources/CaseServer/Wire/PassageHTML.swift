import CaseLibrary

/// A passage as HTML: escaped text, matched spans in `<mark>…</mark>`, `…` where the text was cut.
public enum PassageHTML {
    /// The HTML of a passage.
    public static func render(_ passage: Passage) -> String {
        var out = passage.cutBefore ? "…" : ""
        for piece in passage.pieces {
            let text = HTMLText.escape(piece.text)
            out += piece.marked ? "<mark>\(text)</mark>" : text
        }
        return out + (passage.cutAfter ? "…" : "")
    }
}
