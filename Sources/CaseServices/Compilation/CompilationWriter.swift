import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Writes a compilation's files — `compilation.md`, `compilation.html`, `statistics.csv`,
/// `excluded.txt` — into a directory, each atomically: the bytes go to a temporary file in the
/// same directory, which is flushed and then renamed over the target. A failed write removes its
/// temporary file and leaves any earlier version of the target untouched.
public struct CompilationWriter: Sendable {
    /// The file names written, in order.
    public static let fileNames = ["compilation.md", "compilation.html", "statistics.csv", "excluded.txt"]

    /// Makes a writer.
    public init() {}

    /// Renders and writes every file.
    /// - Parameters:
    ///   - compilation: what to write.
    ///   - directory: where; created when missing.
    ///   - progress: called after each file with (done, total, message).
    /// - Returns: the files written, in `fileNames` order.
    /// - Throws: `CompilationError` with code `writeFailed`.
    @discardableResult
    public func write(_ compilation: Compilation, to directory: URL, progress: CompilationProgress? = nil) throws -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw CompilationError(code: .writeFailed, message: "无法创建目录 \(directory.path)：\(error)")
        }
        let contents = [
            MarkdownRenderer().render(compilation), HTMLRenderer().render(compilation),
            StatisticsCSVRenderer().render(compilation.statistics), ExclusionListRenderer().render(compilation),
        ]
        var written: [URL] = []
        for (offset, (name, text)) in zip(Self.fileNames, contents).enumerated() {
            let url = directory.appendingPathComponent(name)
            try Self.writeAtomically(Array(text.utf8), to: url)
            written.append(url)
            progress?(offset + 1, Self.fileNames.count, "已写出 \(name)")
        }
        return written
    }

    /// Writes bytes to `url` through a temporary file in the same directory and a rename.
    /// - Throws: `CompilationError` with code `writeFailed`; the temporary file is removed.
    public static func writeAtomically(_ bytes: [UInt8], to url: URL) throws {
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw failure("无法创建临时文件以写入", url) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { buffer in systemWrite(descriptor, buffer.baseAddress, buffer.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let error = failure("无法写入", url)
                close(descriptor)
                unlink(temporary)
                throw error
            }
            offset += count
        }
        let synced = fsync(descriptor) == 0
        guard close(descriptor) == 0, synced else {
            let error = failure("无法写入磁盘（fsync）", url)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, url.path) == 0 else {
            let error = failure("无法替换", url)
            unlink(temporary)
            throw error
        }
    }

    private static func failure(_ what: String, _ url: URL) -> CompilationError {
        CompilationError(code: .writeFailed, message: "\(what) \(url.path)：\(String(cString: strerror(errno)))")
    }
}
