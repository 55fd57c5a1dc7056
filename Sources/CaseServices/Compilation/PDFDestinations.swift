import Foundation

/// Reads which page each named destination of a PDF is on: Chromium writes every `<a href="#id">`
/// target as a named destination (`/Dests << /id [page 0 R /XYZ …] >>` in the catalog), and its
/// page tree and dictionaries are plain text even when the content streams are compressed.
///
/// Used to put page numbers in tables of contents: print once, read where each anchor landed,
/// print again with the numbers (see `PagedPDFPrinter`).
public enum PDFDestinations {
    /// Page numbers (1-based, in page-tree order) of the named destinations in a PDF.
    /// - Parameter data: the PDF bytes.
    /// - Returns: destination name → page number; empty when the PDF has no named destinations or
    ///   cannot be read this way (e.g. compressed object streams).
    public static func pages(in data: Data) -> [String: Int] {
        let text = String(decoding: data, as: Unicode.ASCII.self)
        let objects = Self.objects(in: text)
        guard let catalog = objects.values.first(where: { $0.contains("/Type /Catalog") }),
            let pagesRoot = reference(after: "/Pages", in: catalog)
        else { return [:] }
        var order: [Int] = []
        collectPages(pagesRoot, objects: objects, into: &order, depth: 0)
        var pageIndex: [Int: Int] = [:]
        for (offset, object) in order.enumerated() { pageIndex[object] = offset + 1 }
        guard let destsObject = reference(after: "/Dests", in: catalog), let dests = objects[destsObject] else { return [:] }
        var result: [String: Int] = [:]
        let pattern = /\/([^\s\/\[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/
        for match in dests.matches(of: pattern) {
            guard let object = Int(match.output.2), let page = pageIndex[object] else { continue }
            result[decodeName(String(match.output.1))] = page
        }
        return result
    }

    /// The number of pages of a PDF (its page tree's leaves).
    public static func pageCount(in data: Data) -> Int {
        let text = String(decoding: data, as: Unicode.ASCII.self)
        let objects = Self.objects(in: text)
        guard let catalog = objects.values.first(where: { $0.contains("/Type /Catalog") }),
            let pagesRoot = reference(after: "/Pages", in: catalog)
        else { return 0 }
        var order: [Int] = []
        collectPages(pagesRoot, objects: objects, into: &order, depth: 0)
        return order.count
    }

    /// Object number → the dictionary text before its stream (or `endobj`).
    private static func objects(in text: String) -> [Int: Substring] {
        var objects: [Int: Substring] = [:]
        for match in text.matches(of: /(?m)^(\d+) 0 obj\s*/) {
            guard let number = Int(match.output.1) else { continue }
            let rest = text[match.range.upperBound...]
            let end = [rest.range(of: "endobj")?.lowerBound, rest.range(of: "stream")?.lowerBound].compactMap { $0 }.min()
            objects[number] = rest[..<(end ?? rest.endIndex)]
        }
        return objects
    }

    private static func reference(after key: String, in dictionary: Substring) -> Int? {
        guard let range = dictionary.range(of: key + " ") ?? dictionary.range(of: key) else { return nil }
        let rest = dictionary[range.upperBound...]
        guard let match = rest.prefixMatch(of: /\s*(\d+)\s+0\s+R/) else { return nil }
        return Int(match.output.1)
    }

    private static func collectPages(_ object: Int, objects: [Int: Substring], into order: inout [Int], depth: Int) {
        guard depth < 32, let dictionary = objects[object] else { return }
        guard dictionary.contains("/Kids") else {
            order.append(object)
            return
        }
        guard let kids = dictionary.firstMatch(of: /\/Kids\s*\[([^\]]*)\]/) else { return }
        for match in kids.output.1.matches(of: /(\d+)\s+0\s+R/) {
            if let kid = Int(match.output.1) { collectPages(kid, objects: objects, into: &order, depth: depth + 1) }
        }
    }

    /// `#xx` escapes of PDF names decoded (non-ASCII anchors).
    private static func decodeName(_ name: String) -> String {
        guard name.contains("#") else { return name }
        var bytes: [UInt8] = []
        var characters = Array(name.utf8)[...]
        while let byte = characters.first {
            characters = characters.dropFirst()
            if byte == UInt8(ascii: "#"), characters.count >= 2,
                let value = UInt8(String(decoding: characters.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                characters = characters.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
