/// One client connection as tracked by the I/O thread.
///
/// Only the I/O thread touches a `Connection`. While ``state`` is
/// `.processing`, a worker owns the socket for writing and the I/O thread
/// neither polls nor closes it.
final class Connection {
    /// Who is responsible for the socket right now.
    enum State {
        /// Polled for reading; bytes go into the parser.
        case reading
        /// A worker is producing a response.
        case processing
        /// The I/O thread is writing a response as the client takes it.
        case writing
        /// Closing: our side is shut down, remaining input is read and discarded.
        case draining
    }

    /// Which timeout applies while reading.
    enum Phase {
        /// Accepted, nothing received: header-read timeout from accept, silent close.
        case fresh
        /// Between requests: idle timeout, silent close.
        case idle
        /// Part of a head received: header-read timeout, 408 on expiry.
        case head
        /// Head complete, body incomplete: header-read timeout again, 408 on expiry.
        case body
    }

    /// The loop's id for this connection.
    let id: Int
    /// The socket.
    let fd: Int32
    /// The client's address, for the per-address cap and fair queueing.
    let address: String
    /// The response being written (while `.writing`) and how much of it has been sent.
    var output: [UInt8] = []
    var outputSent = 0
    /// Whether to keep the connection open once the response is written.
    var keepOpenAfterWrite = false
    /// Buffers received bytes and yields requests.
    var parser: HTTPRequestParser
    /// Who owns the socket.
    var state: State = .reading
    /// Which timeout applies.
    var phase: Phase = .fresh
    /// When the current timeout expires (monotonic nanoseconds).
    var deadline: UInt64
    /// Whether the client has closed its sending side.
    var peerClosed = false

    /// Creates a freshly accepted connection.
    init(id: Int, fd: Int32, address: String, limits: HTTPRequestParser.Limits, deadline: UInt64) {
        self.id = id
        self.fd = fd
        self.address = address
        self.parser = HTTPRequestParser(limits: limits)
        self.deadline = deadline
    }
}
