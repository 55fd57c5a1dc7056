import CaseLibrary

extension Passage {
    /// The passage with its matches in `<mark>…</mark>` and `…` where cut — unescaped, for
    /// assertions about which spans matched.
    public var markedText: String {
        (cutBefore ? "…" : "") + pieces.map { $0.marked ? "<mark>\($0.text)</mark>" : $0.text }.joined() + (cutAfter ? "…" : "")
    }
}
