import Foundation

/// Prints an HTML file to PDF with headless Chromium
/// (`chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=OUT file://IN`).
///
/// Chromium is looked up as `chromium` or `chromium-browser` on `PATH`. Each run gets its own
/// throw-away profile directory, so several prints may run at once.
public struct PDFPrinter: Sendable {
    /// Why printing failed.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The kinds of failure.
        public enum Code: String, Sendable, Equatable {
            /// No Chromium executable was found.
            case chromiumMissing
            /// Chromium exited with an error or wrote no PDF.
            case chromiumFailed
            /// Chromium did not finish in time and was stopped.
            case timedOut
        }

        /// What went wrong.
        public let code: Code
        /// A message for people.
        public let message: String
        /// The message.
        public var description: String { message }
    }

    /// The Chromium executable, or nil when none was found.
    public let executable: String?
    /// Seconds to wait before stopping Chromium.
    public let timeout: Double

    /// Makes a printer.
    /// - Parameters:
    ///   - executable: a Chromium path; nil looks up `chromium`, then `chromium-browser`, on `searchPath`.
    ///   - searchPath: a `PATH`-style list of directories; the process's `PATH` by default.
    ///   - timeout: seconds before Chromium is stopped.
    public init(executable: String? = nil, searchPath: String? = ProcessInfo.processInfo.environment["PATH"], timeout: Double = 120) {
        self.executable = executable ?? Self.findChromium(path: searchPath)
        self.timeout = timeout
    }

    /// The first `chromium` or `chromium-browser` on `PATH`, or nil.
    public static func findChromium(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        let directories = (path ?? "").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }

    /// Asks the process to stop, then kills it: a child started from a Dispatch thread may inherit
    /// a signal mask that blocks SIGTERM.
    private func stop(_ process: Process) {
        process.terminate()
        let grace = Date().addingTimeInterval(2)
        while process.isRunning && Date() < grace { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Prints `html` to `pdf`, replacing any existing file.
    /// - Throws: `PDFPrinter.Failure`.
    public func print(html: URL, to pdf: URL) throws {
        guard let executable else {
            throw Failure(code: .chromiumMissing, message: "未找到 Chromium（在 PATH 中找 chromium、chromium-browser）：请安装 chromium")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pdfprinter-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try? FileManager.default.removeItem(at: pdf)
        let log = scratch.appendingPathComponent("chromium.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
            "--user-data-dir=\(scratch.path)", "--print-to-pdf=\(pdf.path)", html.absoluteURL.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: log.path) ?? FileHandle.nullDevice
        do { try process.run() } catch {
            throw Failure(code: .chromiumFailed, message: "无法启动 \(executable)：\(error)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            stop(process)
            throw Failure(code: .timedOut, message: "Chromium 未能在 \(Int(timeout)) 秒内打印完 \(html.lastPathComponent)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? nil
        guard process.terminationStatus == 0, let size, size > 0 else {
            let tail = (try? String(contentsOf: log, encoding: .utf8)).map { String($0.suffix(600)) } ?? ""
            throw Failure(
                code: .chromiumFailed,
                message: "Chromium 退出（状态 \(process.terminationStatus)），未生成 PDF：\(tail)")
        }
    }
}
