import Foundation

/// Runs a built executable (by default `caselib`) and captures what it did.
public enum CommandRunner {
    /// An exit status with the captured output.
    public struct Result: Sendable, CustomStringConvertible {
        /// The exit status (or the signal number, when `crashed`).
        public let status: Int32
        /// Whether the process died of a signal (a crash, not a reported error).
        public let crashed: Bool
        public let stdout: String
        public let stderr: String

        public var description: String { "status \(status)\(crashed ? " (signal)" : "")\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    /// A failure to start the executable.
    public struct LaunchError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `executable` (default: the built `caselib`) with `arguments` in `directory`.
    /// Output goes through files, so a chatty command can never fill a pipe and hang.
    public static func run(_ arguments: [String], in directory: URL? = nil, executable: URL? = ProjectPaths.caselib,
                           stdin: String? = nil) throws -> Result {
        guard let executable else { throw LaunchError(description: "caselib is not built (run swift build first)") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let inURL = scratch.appendingPathComponent("in")
            try Data(stdin.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
