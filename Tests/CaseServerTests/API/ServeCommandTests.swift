import Foundation
import Glibc
import Testing
import TestSupport

/// Collects a child process's output from a pipe, safely across threads.
private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ chunk: Data) {
        lock.lock()
        data.append(chunk)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite("caselib serve, the binary")
struct ServeCommandTests {
    @Test func servesThenStopsGracefullyOnSIGTERMWithStatusZero() throws {
        // ProjectPaths.caselib looks beside the test bundle first.
        let binary = try #require(ProjectPaths.caselib, "build caselib first (swift build --build-tests builds it)")
        let library = try TestLibrary()
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            "serve", "--port", "0", "--workers", "2",
            "--cases", library.service.folder.root.path, "--index", library.service.location.root.path,
        ]
        let pipe = Pipe()
        let output = OutputCollector()
        pipe.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        process.standardOutput = pipe
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        var port: Int?
        for _ in 0..<100 where port == nil {
            usleep(50_000)
            if let range = output.text.range(of: #"服务已启动：http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = Int(output.text[range].split(separator: ":").last?.dropLast() ?? "")
            }
        }
        let listening = try #require(port, "no '服务已启动：http://…' line in: \(output.text)")
        let client = try RawClient(port: listening)
        #expect(try client.exchange(get("/healthz")).status == 200)

        process.terminate()  // SIGTERM
        process.waitUntilExit()
        pipe.fileHandleForReading.readabilityHandler = nil
        output.append(pipe.fileHandleForReading.readDataToEndOfFile())
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(output.text.contains("服务已停止"))
    }

    @Test func missingIndexIsAClearError() throws {
        let binary = try #require(ProjectPaths.caselib)
        let directory = TemporaryDirectory()
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--index", directory.path("NoIndex").path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(message.contains("请先运行 caselib index"))
    }
}
