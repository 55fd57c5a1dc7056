import Foundation
import Glibc
import TestSupport

/// A failure running headless Chromium.
struct ChromiumError: Error, CustomStringConvertible {
    let description: String
}

/// Runs headless Chromium for the browser tests.
enum Chromium {
    /// The page's DOM after its scripts ran (up to 5 s of virtual time).
    static func dumpDOM(_ url: String, profile: URL) throws -> String {
        try run(["--dump-dom", url], profile: profile)
    }

    /// Saves a 1280×900 screenshot of the page.
    static func screenshot(_ url: String, to png: URL, profile: URL) throws {
        _ = try run(["--screenshot=\(png.path)", "--window-size=1280,900", url], profile: profile)
    }

    /// Runs chromium with the common headless flags and returns its stdout; killed after 60 s.
    static func run(_ arguments: [String], profile: URL) throws -> String {
        guard let chromium = ProjectPaths.which("chromium") else { throw ChromiumError(description: "no chromium on PATH") }
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000", "--no-first-run",
            "--user-data-dir=\(profile.path)",
        ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { [pid = process.processIdentifier] in kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationReason == .exit else { throw ChromiumError(description: "chromium was killed after 60 s") }
        return String(decoding: data, as: UTF8.self)
    }
}
