import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on `Cases/.lock`, held by a process writing record files.
///
/// The kernel releases the lock when its holder exits, however it dies, so a lock that can be taken
/// proves that no live writer is at work: temporary files found then belong to a dead one and may
/// be removed. A lock held elsewhere means a live writer, whose files are left alone.
public final class LibraryWriteLock {
    /// The lock file's name inside the library root.
    public static let fileName = ".lock"

    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Takes the lock on the library at `root` without waiting.
    /// - Returns: the lock, or nil when another process (or another lock in this one) holds it.
    /// - Throws: `AtomicFile.WriteError` when the lock file cannot be created.
    public static func acquire(_ root: URL) throws -> LibraryWriteLock? {
        let path = root.appendingPathComponent(fileName).path
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(path: path, reason: "无法创建文件夹 \(root.path)")
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return LibraryWriteLock(descriptor: descriptor)
    }
}
