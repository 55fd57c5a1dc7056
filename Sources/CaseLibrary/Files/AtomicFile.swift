import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader sees either the old content or the new, never half of it:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and the
/// temporary file is renamed over the target.
public enum AtomicFile {
    /// A write that failed, naming the file.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The path of the file that could not be written.
        public let path: String
        /// Why, in plain words (often the system's `strerror` text).
        public let reason: String
        /// `无法写入 PATH：REASON`.
        public var description: String { "无法写入 \(path)：\(reason)" }
    }

    /// Writes `data` to `url` atomically, creating the parent folder when needed.
    /// - Throws: `WriteError`; the target is then unchanged and no temporary file is left behind.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: url.path, reason: "无法创建文件夹 \(folder.path)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        // A replaced file keeps its permissions (a 0600 record stays 0600).
        var existing = stat()
        let mode: mode_t = stat(url.path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw WriteError(path: url.path, reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw WriteError(path: url.path, reason: failure)
        }
        // Make the rename itself durable: flush the folder's entry.
        let folderDescriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Writes UTF-8 text atomically.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}
