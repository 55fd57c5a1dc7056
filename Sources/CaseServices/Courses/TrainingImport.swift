import CaseIndex
import CaseLibrary
import Foundation

/// Imports legacy training documents (GB18030, UTF-16 with or without BOM, UTF-8, CRLF) as
/// `training` records: each file goes through `TrainingDocumentImporter`, is written into
/// `Cases/training/` atomically, and the index is updated once at the end.
///
/// A file that cannot be read, is binary, or does not make a valid record is reported and
/// skipped; the other files are still imported.
public struct TrainingImport: Sendable {
    /// What happened to one file.
    public struct FileResult: Sendable {
        /// The file as named by the caller.
        public let path: String
        /// The path written, relative to the library root (`training/T-….md`), or nil when it failed.
        public let written: String?
        /// The record id, when imported.
        public let recordID: String?
        /// Doubts about the text (`file:line: message`): encodings, pinyin removed, garbled lines.
        public let warnings: [LegacyWarning]
        /// Why the file was not imported, or nil.
        public let failure: String?
    }

    /// The result of a run.
    public struct Run: Sendable {
        /// One result per file, in the order given.
        public let files: [FileResult]
        /// The index update, when anything was written.
        public let index: IndexUpdateReport?
        /// Whether any file failed.
        public var hasFailures: Bool { files.contains { $0.failure != nil } }
    }

    /// The library to import into.
    public let service: CaseLibraryService

    /// Makes an importer for a library.
    public init(service: CaseLibraryService) { self.service = service }

    /// Imports files.
    /// - Parameters:
    ///   - files: the files and how to name them in messages.
    ///   - title: the title of the record (meant for one file); by default the first line.
    /// - Returns: a result per file and the index update.
    /// - Throws: what `CaseLibraryService.updateIndex()` throws.
    public func importFiles(_ files: [(url: URL, display: String)], title: String? = nil) throws -> Run {
        var results: [FileResult] = []
        // Holding the library's write lock keeps an index run from taking our temporary files for a dead writer's.
        let lock = try? LibraryWriteLock.acquire(service.folder.root)
        for file in files { results.append(importFile(file.url, display: file.display, title: title)) }
        withExtendedLifetime(lock) {}
        let index = results.contains { $0.written != nil } ? try service.updateIndex().report : nil
        return Run(files: results, index: index)
    }

    private func importFile(_ url: URL, display: String, title: String?) -> FileResult {
        func failed(_ message: String, _ warnings: [LegacyWarning] = []) -> FileResult {
            FileResult(path: display, written: nil, recordID: nil, warnings: warnings, failure: message)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return failed("无法读取 \(display)") }
        let outcome: TrainingDocumentImporter.Outcome
        do {
            outcome = try TrainingDocumentImporter.importDocument([UInt8](data), fileName: display, title: title)
        } catch {
            return failed("\(display)：拒绝导入：不是文本文档（\(error.message)）")
        }
        guard let record = outcome.record else {
            let problems = outcome.problems.map(\.description).joined(separator: "；")
            return failed("\(display)：无法生成培训记录：\(problems)", outcome.warnings)
        }
        do {
            let written = try service.folder.write(record)
            return FileResult(path: display, written: written, recordID: record.id, warnings: outcome.warnings, failure: nil)
        } catch {
            return failed("\(display)：无法写入记录：\(error)", outcome.warnings)
        }
    }
}
