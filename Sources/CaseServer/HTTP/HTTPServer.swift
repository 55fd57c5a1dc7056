import Dispatch
import Foundation
import Glibc

/// An HTTP/1.1 server over POSIX sockets with a fixed pool of worker threads.
///
/// One I/O thread runs `poll()` over the listening socket and every open
/// connection: it accepts, reads and parses, enforces limits and timeouts,
/// and puts each complete request on a queue. A fixed pool of workers takes
/// requests from the queue, fairly between client addresses; each worker owns the
/// handler its factory made and calls it, and the I/O thread writes the response
/// without blocking (a client that does not read holds no worker), after which the
/// connection returns to the poll set for keep-alive. A connection has at most one
/// request in flight, so pipelined requests are answered in order.
///
/// Nobody is starved: connections are capped per client address, a newcomer from
/// another address displaces a waiting connection of the busiest address when the
/// server is full, heavy routes leave a worker free, and health checks go first
/// (on a worker of their own with ``Configuration/dedicatedPriorityWorker``).
///
/// ```swift
/// let server = HTTPServer(configuration: .init(port: 8080)) { _ in MyHandler() }
/// try server.start()
/// server.installSignalHandlers()
/// server.waitUntilStopped()
/// ```
public final class HTTPServer: @unchecked Sendable {
    /// The configuration the server was created with.
    public let configuration: Configuration
    private let makeHandler: @Sendable (_ workerIndex: Int) throws -> any HTTPRequestHandler
    private let threads = DispatchGroup()
    private let lock = NSLock()
    private var started = false
    private var stopRequested = false
    private var boundPort = 0
    private var mailbox: LoopMailbox?
    private var signalSources: [any DispatchSourceSignal] = []

    /// Creates a server; nothing is bound until ``start()``.
    ///
    /// - Parameters:
    ///   - configuration: Address, pool size, limits and timeouts.
    ///   - makeHandler: Called once per worker, on that worker's thread, during
    ///     ``start()``. The handler it returns is used only from that thread, so it
    ///     need not be `Sendable` and may own non-thread-safe resources.
    public init(
        configuration: Configuration = Configuration(),
        makeHandler: @escaping @Sendable (_ workerIndex: Int) throws -> any HTTPRequestHandler
    ) {
        self.configuration = configuration
        self.makeHandler = makeHandler
    }

    /// The bound port (useful with port 0); 0 before ``start()``.
    public var port: Int {
        lock.lock()
        defer { lock.unlock() }
        return boundPort
    }

    /// Binds the socket, makes one handler per worker, and starts the threads.
    ///
    /// Returns once the server is accepting connections.
    /// - Throws: ``HTTPServerError`` if binding fails, a handler factory throws,
    ///   or the server was already started.
    public func start() throws(HTTPServerError) {
        lock.lock()
        guard !started else {
            lock.unlock()
            throw HTTPServerError(message: "服务器已经启动，不能再次启动")
        }
        started = true
        lock.unlock()
        signal(SIGPIPE, SIG_IGN)

        let (listener, port) = try Socket.listen(
            host: configuration.host, port: configuration.port, backlog: configuration.backlog)
        let mailbox: LoopMailbox
        do {
            mailbox = try LoopMailbox()
        } catch {
            close(listener)
            throw error
        }
        let workers = max(1, configuration.workerCount)
        let jobs = RequestQueue(heavyLimit: configuration.maxHeavyInFlight ?? max(1, workers - 1))
        let priorityJobs = configuration.dedicatedPriorityWorker ? RequestQueue(heavyLimit: 1) : nil
        if let failure = startWorkers(jobs: jobs, priorityJobs: priorityJobs, mailbox: mailbox) {
            jobs.close()
            priorityJobs?.close()
            close(listener)
            threads.wait()
            throw failure
        }
        let loop = ConnectionLoop(listener: listener, configuration: configuration, mailbox: mailbox,
                                  jobs: jobs, priorityJobs: priorityJobs)
        threads.enter()
        let ioThread = Thread { [threads] in
            loop.run()
            threads.leave()
        }
        ioThread.name = "caselib-http-io"
        ioThread.start()
        configuration.metrics?.registerGauge(
            name: "http_open_connections", help: "Open client connections."
        ) { Double(mailbox.openConnectionCount) }

        lock.lock()
        self.mailbox = mailbox
        boundPort = port
        let stopEarly = stopRequested
        lock.unlock()
        if stopEarly { mailbox.requestStop() }
    }

    /// Starts the workers (and the priority worker, when there is a queue for it) and waits until
    /// each has made its handler.
    ///
    /// - Returns: The first factory failure, if any (workers that succeeded exit once `jobs` closes).
    private func startWorkers(jobs: RequestQueue, priorityJobs: RequestQueue?, mailbox: LoopMailbox) -> HTTPServerError? {
        let shared = max(1, configuration.workerCount)
        let count = shared + (priorityJobs == nil ? 0 : 1)
        let report = StartupReport()
        let ready = DispatchSemaphore(value: 0)
        for index in 0..<count {
            let queue = index < shared ? jobs : priorityJobs ?? jobs
            threads.enter()
            let worker = Thread { [makeHandler, threads] in
                defer { threads.leave() }
                let handler: any HTTPRequestHandler
                do {
                    handler = try makeHandler(index)
                } catch {
                    report.fail("无法为工作线程 \(index) 创建请求处理器：\(error)")
                    ready.signal()
                    return
                }
                ready.signal()
                Self.runWorker(handler: handler, jobs: queue, mailbox: mailbox)
            }
            worker.name = index < shared ? "caselib-http-worker-\(index)" : "caselib-http-priority"
            worker.start()
        }
        for _ in 0..<count { ready.wait() }
        return report.firstFailure.map { HTTPServerError(message: $0) }
    }

    /// A worker's loop: take a request, respond, hand the response to the I/O thread to write.
    private static func runWorker(handler: any HTTPRequestHandler, jobs: RequestQueue, mailbox: LoopMailbox) {
        while let job = jobs.pop() {
            let request = job.request
            let response = handler.respond(to: request)
            jobs.finished(job)
            let handlerCloses = response.headers.values(for: "Connection")
                .contains { $0.lowercased().contains("close") }
            let keepAlive = request.wantsKeepAlive && !handlerCloses && !mailbox.isStopping
            let bytes = response.serialized(isHead: request.method == "HEAD", keepAlive: keepAlive)
            mailbox.post(Completion(connectionID: job.connectionID, keepOpen: keepAlive, bytes: bytes))
        }
    }

    /// Stops gracefully; callable from any thread, any number of times.
    ///
    /// The server stops accepting, closes idle connections, lets requests in
    /// flight finish and their responses be written (with `Connection: close`),
    /// then its threads exit. Use ``waitUntilStopped()`` to wait for that.
    public func stop() {
        lock.lock()
        stopRequested = true
        let mailbox = self.mailbox
        lock.unlock()
        mailbox?.requestStop()
    }

    /// Blocks until every server thread has exited (immediately if never started).
    public func waitUntilStopped() {
        threads.wait()
    }

    /// Starts the server and blocks until it has stopped.
    ///
    /// - Throws: ``HTTPServerError`` from ``start()``.
    public func run() throws(HTTPServerError) {
        try start()
        waitUntilStopped()
    }

    /// Turns the given signals (by default SIGINT and SIGTERM) into a graceful ``stop()``.
    ///
    /// The signals' default actions are disabled and a `DispatchSource` observes
    /// them, so no code runs inside a C signal handler. After the server stops,
    /// returning from `main` exits the process with status 0. Returns once every
    /// source is registered: Dispatch installs a source asynchronously, and a signal
    /// arriving before that would meet `SIG_IGN` and be lost.
    public func installSignalHandlers(_ signals: [Int32] = [SIGINT, SIGTERM]) {
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let registered = DispatchSemaphore(value: 0)
            source.setRegistrationHandler { registered.signal() }
            source.setEventHandler { [weak self] in self?.stop() }
            source.resume()
            _ = registered.wait(timeout: .now() + 5)
            sources.append(source)
        }
        lock.lock()
        signalSources += sources
        lock.unlock()
    }
}

/// Collects handler-factory failures from worker threads during start-up.
private final class StartupReport: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [String] = []

    func fail(_ message: String) {
        lock.lock()
        failures.append(message)
        lock.unlock()
    }

    var firstFailure: String? {
        lock.lock()
        defer { lock.unlock() }
        return failures.first
    }
}
