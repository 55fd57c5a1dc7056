import CaseServer
import Foundation

/// `caselib serve [--host 127.0.0.1] [--port 8080] [--workers N] [--reviewer-access]`: the HTTP API and web page.
/// `--reviewer-access` lets `all=1` show drafts, unreviewed and restricted cases (for reviewers only).
enum ServeCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["host", "port", "workers"], flags: ["reviewer-access"], command: "serve")
        guard arguments.positional.isEmpty else {
            throw CommandLineArguments.UsageError(message: "serve takes no positional arguments")
        }
        let host = arguments.value("host") ?? "127.0.0.1"
        let port = try arguments.integer("port", default: 8080, range: 0...65535)
        let defaultWorkers = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let workers = try arguments.integer("workers", default: defaultWorkers, range: 1...256)
        let service = Caselib.service(arguments)
        guard service.hasIndex else {
            throw CaselibError("no index at \(service.indexRoot.path): run caselib index first")
        }
        let configuration = HTTPServer.Configuration(host: host, port: port, workerCount: workers)
        let server = CaseAPIServer.make(service: service, configuration: configuration,
                                        reviewerAccess: arguments.flag("reviewer-access"))
        do {
            try server.start()
        } catch {
            throw CaselibError("cannot serve: \(error.message)")
        }
        server.installSignalHandlers()
        let shownHost = host.contains(":") ? "[\(host)]" : host
        say("serving http://\(shownHost):\(server.port)/ (\(workers) workers; Ctrl-C to stop)")
        server.waitUntilStopped()
        say("stopped")
        return 0
    }

    /// Writes a line to stdout at once (unbuffered), so scripts waiting for it see it.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
