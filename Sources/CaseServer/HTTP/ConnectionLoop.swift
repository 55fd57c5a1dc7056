import Glibc

/// The I/O thread: one `poll()` over the listener, the wake pipe and every
/// connection that is reading or draining. It accepts, reads, parses, hands
/// complete requests to workers, enforces timeouts and the connection cap,
/// answers malformed requests, and closes sockets. It is the only closer of
/// client sockets.
///
/// Confined to the I/O thread once ``run()`` starts (hence `@unchecked Sendable`:
/// it is handed to that thread once and never shared).
final class ConnectionLoop: @unchecked Sendable {
    /// The route name recorded in metrics for errors the loop answers itself.
    static let transportRouteName = "(transport)"

    let listener: Int32
    let configuration: HTTPServer.Configuration
    private let mailbox: LoopMailbox
    private let jobs: RequestQueue
    private let priorityJobs: RequestQueue?
    var connections: [Int: Connection] = [:]
    var drainingCount = 0
    var nextID = 0
    private var stopping = false
    var acceptPausedUntil: UInt64 = 0
    private var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// Creates the loop over an already listening, non-blocking socket it now owns.
    init(listener: Int32, configuration: HTTPServer.Configuration, mailbox: LoopMailbox,
         jobs: RequestQueue, priorityJobs: RequestQueue?) {
        self.listener = listener
        self.configuration = configuration
        self.mailbox = mailbox
        self.jobs = jobs
        self.priorityJobs = priorityJobs
    }

    /// Runs until a stop was requested and every connection has been closed.
    func run() {
        while true {
            let (completions, stopRequested) = mailbox.collect()
            for completion in completions { finish(completion, now: Clock.now()) }
            if stopRequested && !stopping { beginStop() }
            if stopping && connections.isEmpty { break }
            pollOnce()
            expireDeadlines(now: Clock.now())
            mailbox.openConnectionCount = connections.count
        }
        mailbox.openConnectionCount = 0
        jobs.close()
        priorityJobs?.close()
    }

    /// Waits for readiness once and services every ready descriptor.
    private func pollOnce() {
        let now = Clock.now()
        var fds = [pollfd(fd: mailbox.wakeReadFD, events: Int16(POLLIN), revents: 0)]
        let acceptsNow = !stopping && now >= acceptPausedUntil
        if acceptsNow { fds.append(pollfd(fd: listener, events: Int16(POLLIN), revents: 0)) }
        let firstConnection = fds.count
        var polled: [Connection] = []
        var nextWake = now &+ 1_000_000_000
        if !stopping && now < acceptPausedUntil { nextWake = min(nextWake, acceptPausedUntil) }
        for connection in connections.values where connection.state != .processing {
            let events = connection.state == .writing ? POLLOUT : POLLIN
            fds.append(pollfd(fd: connection.fd, events: Int16(events), revents: 0))
            polled.append(connection)
            nextWake = min(nextWake, connection.deadline)
        }
        let timeout = nextWake > now ? Clock.pollMilliseconds(nextWake - now) : 0
        guard poll(&fds, nfds_t(fds.count), timeout) > 0 else { return }  // timeout or EINTR
        if acceptsNow && fds[1].revents != 0 { acceptPending() }
        for (offset, connection) in polled.enumerated() where fds[firstConnection + offset].revents != 0 {
            service(connection)
        }
    }

    /// Reads from a ready connection and acts on what arrived.
    private func service(_ connection: Connection) {
        if connection.state == .writing {
            continueWriting(connection, now: Clock.now())
            return
        }
        let result = readBuffer.withUnsafeMutableBytes { Socket.receive(connection.fd, into: $0) }
        switch (connection.state, result) {
        case (.draining, .closed):
            closeNow(connection)
        case (.reading, .data(let count)):
            connection.parser.append(readBuffer[0..<count])
            processBuffered(connection, now: Clock.now())
        case (.reading, .closed):
            connection.peerClosed = true
            processBuffered(connection, now: Clock.now())
        default:
            break
        }
    }

    /// Dispatches the next buffered request, answers a parse error, or updates the timeout.
    private func processBuffered(_ connection: Connection, now: UInt64) {
        guard connection.state == .reading else { return }
        do {
            if let request = try connection.parser.nextRequest() {
                connection.state = .processing
                let lane = configuration.lane(request)
                let job = Job(connectionID: connection.id, request: request, address: connection.address, lane: lane)
                if lane == .priority, let priorityJobs { priorityJobs.push(job) } else { jobs.push(job) }
                return
            }
        } catch {
            reject(connection, status: error.status, code: error.code, message: error.message)
            return
        }
        if connection.peerClosed {
            closeNow(connection)
            return
        }
        let headerTimeout = Clock.nanoseconds(configuration.headerReadTimeout)
        if connection.parser.isAwaitingBody {
            if connection.phase != .body {
                connection.phase = .body
                connection.deadline = now &+ headerTimeout
                if connection.parser.isAwaitingBodyAfterExpectContinue && connection.parser.bufferedByteCount == 0 {
                    Socket.sendBestEffort(connection.fd, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
                }
            }
        } else if connection.parser.hasPartialRequest {
            switch connection.phase {
            case .fresh: connection.phase = .head  // the deadline runs from accept
            case .head: break
            case .idle, .body:
                connection.phase = .head
                connection.deadline = now &+ headerTimeout
            }
        }
    }

    /// Takes a response from a worker and starts writing it.
    private func finish(_ completion: Completion, now: UInt64) {
        guard let connection = connections[completion.connectionID] else { return }
        connection.state = .writing
        connection.output = completion.bytes
        connection.outputSent = 0
        connection.keepOpenAfterWrite = completion.keepOpen
        connection.deadline = now &+ Clock.nanoseconds(configuration.writeTimeout)
        continueWriting(connection, now: now)
    }

    /// Sends what the client takes now; once all is sent, keeps or closes the connection.
    private func continueWriting(_ connection: Connection, now: UInt64) {
        guard let sent = Socket.sendAvailable(connection.fd, connection.output, from: connection.outputSent) else {
            closeNow(connection)
            return
        }
        connection.outputSent += sent
        guard connection.outputSent >= connection.output.count else { return }
        connection.output = []
        written(connection, now: now)
    }

    /// A response was written: keep the connection for the next request or close it.
    private func written(_ connection: Connection, now: UInt64) {
        guard connection.keepOpenAfterWrite, !stopping else {
            lingeringClose(connection, now: now)
            return
        }
        connection.state = .reading
        connection.phase = .idle
        connection.deadline = now &+ Clock.nanoseconds(configuration.idleTimeout)
        processBuffered(connection, now: now)
    }

    /// Closes connections whose timeout has passed: 408 mid-request, silently otherwise.
    private func expireDeadlines(now: UInt64) {
        let expired = connections.values.filter { $0.state != .processing && $0.deadline <= now }
        for connection in expired {
            switch (connection.state, connection.phase) {
            case (.reading, .head), (.reading, .body):
                let timeout = HTTPRequestError.timeout
                reject(connection, status: timeout.status, code: timeout.code, message: timeout.message)
            default:
                closeNow(connection)
            }
        }
    }

    /// Sends an error response without waiting, records it, and closes.
    func reject(_ connection: Connection, status: Int, code: String, message: String) {
        let response = HTTPResponse.error(status: status, code: code, message: message)
        configuration.metrics?.record(route: Self.transportRouteName, status: status, duration: 0)
        Socket.sendBestEffort(connection.fd, response.serialized(isHead: false, keepAlive: false))
        lingeringClose(connection, now: Clock.now())
    }

    /// Shuts down our sending side and discards input for a while, so the
    /// client reads our last response instead of a connection reset.
    private func lingeringClose(_ connection: Connection, now: UInt64) {
        shutdown(connection.fd, Int32(SHUT_WR))
        guard !connection.peerClosed, drainingCount < max(1, configuration.maxConnections),
            connection.state != .draining
        else {
            closeNow(connection)
            return
        }
        connection.state = .draining
        connection.deadline = now &+ Clock.nanoseconds(configuration.lingerTimeout)
        drainingCount += 1
    }

    /// Closes the socket and forgets the connection.
    func closeNow(_ connection: Connection) {
        if connection.state == .draining { drainingCount -= 1 }
        close(connection.fd)
        connections[connection.id] = nil
    }

    /// Stops accepting and closes every connection that has no request in flight.
    private func beginStop() {
        stopping = true
        close(listener)
        for connection in connections.values where connection.state == .reading {
            closeNow(connection)
        }
    }
}
