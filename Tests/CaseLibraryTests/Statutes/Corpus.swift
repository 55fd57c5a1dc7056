import Foundation
import CaseLibrary
import Testing

/// Locates the shared statute corpus (`../shared/corpora/lawrefbook` relative to the package root).
enum Corpus {
    /// The package root, found from this file's path (Tests/CaseLibraryTests/Statutes/Corpus.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus folder.
    static let lawrefbook: URL = packageRoot.appendingPathComponent("../shared/corpora/lawrefbook").standardizedFileURL

    /// Whether the corpus is present.
    static let isAvailable: Bool = FileManager.default.fileExists(atPath: lawrefbook.path)

    /// The development queries judged against the corpus.
    static let statutesDevQueries: URL = packageRoot.appendingPathComponent("../shared/eval/statutes-dev/queries.jsonl")
        .standardizedFileURL

    /// Whether the corpus and the development queries are present.
    static let hasStatutesDevSet: Bool = isAvailable && FileManager.default.fileExists(atPath: statutesDevQueries.path)

    /// The message shown when corpus tests are skipped.
    static let absentMessage: Comment = "statute corpus not found at ../shared/corpora/lawrefbook; corpus tests skipped"

    /// The full path of a corpus file given relative to the corpus folder.
    static func path(_ relative: String) -> String { lawrefbook.appendingPathComponent(relative).path }

    /// Every Markdown file of the corpus, sorted.
    static func allFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: lawrefbook.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".md") { files.append(path(relative)) }
        }
        return files.sorted()
    }

    /// Parses a corpus file given relative to the corpus folder.
    static func document(_ relative: String) throws -> LawDocument {
        try StatuteParser.parseFile(atPath: path(relative)).document
    }
}
