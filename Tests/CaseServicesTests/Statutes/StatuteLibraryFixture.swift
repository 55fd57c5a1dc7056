import CaseIndex
import CaseLibrary
import CaseServices
import Foundation
import TestSupport

/// A temporary library with statute files written from small texts, and its index.
final class StatuteLibraryFixture {
    let folder = TemporaryDirectory("statute-test")
    var cases: URL { folder.path("Cases") }
    var service: CaseLibraryService { CaseLibraryService(casesRoot: cases, indexRoot: folder.path("Index")) }

    /// A lawrefbook-style law file.
    static func law(_ title: String, date: String, articles: [(label: String, text: String)], chapter: String? = "第一章 总则") -> String {
        var lines = ["# \(title)", "", "\(chineseDate(date)) 施行", "", "<!-- INFO END -->", ""]
        if let chapter { lines += ["## \(chapter)", ""] }
        for article in articles { lines += ["\(article.label) \(article.text)", ""] }
        return lines.joined(separator: "\n")
    }

    static func chineseDate(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        return "\(parts[0])年\(parts[1])月\(parts[2])日"
    }

    @discardableResult
    func write(_ text: String, as name: String) throws -> URL {
        try folder.write(text, to: "Cases/statutes/\(name)")
    }

    func index() throws -> IndexReader {
        _ = try service.updateIndex(rebuild: true)
        return try IndexReader(location: service.location)
    }
}
