import Foundation
import Testing

@testable import CaseServices

/// Reading named destinations from PDF text the way Chromium (Skia) writes it.
struct PDFDestinationsTests {
    /// A PDF skeleton: a nested page tree (root → [leaf 3, node 4 → [leaves 5, 6]]) and three
    /// destinations, one with a #-escaped name.
    static let pdf = """
        %PDF-1.4
        1 0 obj
        <</Type /Catalog
        /Pages 2 0 R
        /Dests 7 0 R>>
        endobj
        2 0 obj
        <</Type /Pages
        /Count 3
        /Kids [3 0 R 4 0 R]>>
        endobj
        3 0 obj
        <</Type /Page
        /Parent 2 0 R>>
        endobj
        4 0 obj
        <</Type /Pages
        /Count 2
        /Kids [6 0 R 5 0 R]>>
        endobj
        5 0 obj
        <</Type /Page
        /Parent 4 0 R>>
        endobj
        6 0 obj
        <</Type /Page
        /Parent 4 0 R>>
        endobj
        7 0 obj
        <</toc [3 0 R /XYZ 6 800 0]
        /case-2023-01 [6 0 R /XYZ 6 827.67 0]
        /note-T#2D1 [5 0 R /XYZ 6 500 0]>>
        endobj
        %%EOF
        """

    @Test func readsThePageOfEachDestinationInPageTreeOrder() {
        let pages = PDFDestinations.pages(in: Data(Self.pdf.utf8))
        #expect(pages == ["toc": 1, "case-2023-01": 2, "note-T-1": 3])
        #expect(PDFDestinations.pageCount(in: Data(Self.pdf.utf8)) == 3)
    }

    @Test func aPDFWithoutDestinationsGivesNone() {
        #expect(PDFDestinations.pages(in: Data("%PDF-1.4\n%%EOF\n".utf8)).isEmpty)
    }
}
