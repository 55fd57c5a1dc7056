import Foundation

/// Prints HTML whose tables of contents and cross-references carry page numbers.
///
/// Chromium prints the running page number itself (CSS `@page { @bottom-center { content:
/// counter(page) } }`, supported since Chromium 131), but not the page an anchor lands on
/// (`target-counter()` is unsupported). So the document is printed, the page of every linked
/// anchor is read from the PDF's named destinations (`PDFDestinations`), and it is printed again
/// with those numbers in place. The print layout reserves the same width for a number whether it
/// is known or not, so the second print normally lands every anchor on the same page; the
/// numbers are checked against the second PDF and, if anything moved, printed once more.
public struct PagedPDFPrinter: Sendable {
    /// The printer doing each pass.
    public let printer: PDFPrinter
    /// The most passes made.
    public static let maximumPasses = 4

    /// Makes a paged printer.
    public init(printer: PDFPrinter = PDFPrinter()) {
        self.printer = printer
    }

    /// Prints the HTML `render` makes to `pdf`.
    /// - Parameters:
    ///   - render: the print HTML for known page numbers (anchor → page; empty on the first pass).
    ///   - pdf: the file to write.
    /// - Returns: the page numbers printed (anchor → page).
    /// - Throws: `PDFPrinter.Failure`, or a write error for the scratch HTML.
    @discardableResult
    public func print(render: ([String: Int]) -> String, to pdf: URL) throws -> [String: Int] {
        let scratch = pdf.deletingLastPathComponent().appendingPathComponent(".\(pdf.deletingPathExtension().lastPathComponent)-print-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var pages: [String: Int] = [:]
        for _ in 0..<Self.maximumPasses {
            try Data(render(pages).utf8).write(to: scratch)
            try printer.print(html: scratch, to: pdf)
            let found = PDFDestinations.pages(in: try Data(contentsOf: pdf))
            if found == pages { break }
            pages = found
        }
        return pages
    }
}
