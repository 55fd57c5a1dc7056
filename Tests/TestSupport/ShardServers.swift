import Foundation
import Glibc

/// `xapian-tcpsrv` processes on 127.0.0.1, one per database path, each serving one connection in
/// its own process (`--one-shot`), so a signal to it reaches that connection; killed on release.
public final class ShardServers {
    /// The servers' ports, in the order of the paths.
    public let ports: [UInt16]
    private let processes: [Process]

    /// Starts one server per path with the `xapian-tcpsrv` at `server`.
    public init(paths: [String], server: URL) throws {
        var ports: [UInt16] = [], processes: [Process] = []
        for path in paths {
            guard let port = LoopbackPort.free() else { throw CocoaError(.featureUnsupported) }
            let process = Process()
            process.executableURL = server
            process.arguments = ["--port", String(port), "--interface", "127.0.0.1", "--one-shot", "--quiet", path]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            ports.append(port)
            processes.append(process)
        }
        self.ports = ports
        self.processes = processes
    }

    /// A stub listing the servers (`remote 127.0.0.1:PORT` lines).
    public var stub: String { ports.map { "remote 127.0.0.1:\($0)\n" }.joined() }

    /// Waits (up to 20 s, the machine may be busy) until every server listens: a one-shot server
    /// ends with its first connection, so none may be tried before all are up.
    public func waitUntilListening() {
        for _ in 0..<200 where !ports.allSatisfy(LoopbackPort.isListening) { usleep(100_000) }
    }

    /// Sends `signal` to server `index`.
    public func signal(_ index: Int, _ signal: Int32) { kill(processes[index].processIdentifier, signal) }

    deinit {
        // SIGKILL (it also ends a stopped process): xapian-tcpsrv's SIGTERM handler signals its whole process group.
        for process in processes where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
