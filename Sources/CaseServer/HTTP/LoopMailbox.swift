import Foundation
import Glibc

/// What a worker reports once it has made a response: the I/O thread writes it.
struct Completion: Sendable {
    /// The connection's id in the I/O loop.
    let connectionID: Int
    /// Whether the connection may be kept open for another request.
    let keepOpen: Bool
    /// The serialized response; the I/O thread writes it without blocking, so a client that does
    /// not read holds no worker.
    let bytes: [UInt8]
}

/// A request handed from the I/O thread to a worker.
struct Job: Sendable {
    /// The connection's id in the I/O loop.
    let connectionID: Int
    /// The parsed request.
    let request: HTTPRequest
    /// The client's address: requests are taken fairly between addresses.
    let address: String
    /// Which lane the request runs in.
    let lane: HTTPServer.Lane
}

/// Thread-safe messages to the I/O thread: worker completions and the stop
/// request, each followed by a byte on a self-pipe that wakes `poll()`.
final class LoopMailbox: @unchecked Sendable {
    /// The read end of the wake pipe, polled by the I/O thread.
    let wakeReadFD: Int32
    private let wakeWriteFD: Int32
    private let lock = NSLock()
    private var completions: [Completion] = []
    private var stopRequested = false
    private var openConnections = 0

    /// Creates the wake pipe.
    ///
    /// - Throws: ``HTTPServerError`` if `pipe()` fails.
    init() throws(HTTPServerError) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw .system("pipe()") }
        for fd in fds {
            _ = Socket.setNonBlocking(fd)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        wakeReadFD = fds[0]
        wakeWriteFD = fds[1]
    }

    deinit {
        close(wakeReadFD)
        close(wakeWriteFD)
    }

    /// Posts a worker's completion and wakes the loop.
    func post(_ completion: Completion) {
        lock.lock()
        completions.append(completion)
        lock.unlock()
        wake()
    }

    /// Asks the loop to stop gracefully and wakes it.
    func requestStop() {
        lock.lock()
        stopRequested = true
        lock.unlock()
        wake()
    }

    /// Whether a stop has been requested.
    var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopRequested
    }

    /// The number of open client connections, as last published by the loop.
    var openConnectionCount: Int {
        get {
            lock.lock()
            defer { lock.unlock() }
            return openConnections
        }
        set {
            lock.lock()
            openConnections = newValue
            lock.unlock()
        }
    }

    /// Takes all pending completions and the stop flag, and empties the wake pipe.
    func collect() -> (completions: [Completion], stopRequested: Bool) {
        var scratch = [UInt8](repeating: 0, count: 256)
        while read(wakeReadFD, &scratch, scratch.count) > 0 {}
        lock.lock()
        defer { lock.unlock() }
        let taken = completions
        completions.removeAll(keepingCapacity: true)
        return (taken, stopRequested)
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWriteFD, &byte, 1)
    }
}
