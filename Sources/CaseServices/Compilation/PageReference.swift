/// The page number printed beside a table-of-contents entry or a cross-reference (“见第一讲，第5页”).
///
/// For print, `span` always writes a `page-ref` span of the same reserved width, holding the
/// number once it is known, so filling the numbers in does not move anything (see
/// `PagedPDFPrinter`). For the screen there are no page numbers and nothing is written.
enum PageReference {
    /// A right-aligned page number for a table of contents, or "" when `pages` is nil.
    static func span(_ anchor: String, _ pages: [String: Int]?) -> String {
        guard let pages else { return "" }
        return "<span class=\"page-ref\">\(pages[anchor].map(String.init) ?? "")</span>"
    }

    /// `，第N页` inside running text (a blank of the same width until known), or "" when `pages` is nil.
    static func inline(_ anchor: String, _ pages: [String: Int]?) -> String {
        guard let pages else { return "" }
        return "，第<span class=\"page-inline\">\(pages[anchor].map(String.init) ?? "")</span>页"
    }

    /// The print rules for both forms.
    static let css = """
        .page-ref { float: right; display: inline-block; min-width: 3em; text-align: right; font-variant-numeric: tabular-nums; }
        .page-inline { display: inline-block; min-width: 2em; text-align: center; font-variant-numeric: tabular-nums; }
        nav.toc li::after { content: ""; display: block; clear: both; }
        """
}
