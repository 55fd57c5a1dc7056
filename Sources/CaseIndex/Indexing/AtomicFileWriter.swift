import CaseLibrary
import Foundation

/// The index's use of the library's atomic file writer, with its errors as `IndexError`s.
enum AtomicFileWriter {
    static func write(_ text: String, to url: URL) throws {
        do {
            try AtomicFile.write(text, to: url)
        } catch {
            throw IndexError(.database, "\(error)")
        }
    }
}
