/// An incremental, strict HTTP/1.1 request parser over a byte buffer.
///
/// Feed bytes with ``append(_:)`` as they arrive and call ``nextRequest()``
/// until it returns nil; pipelined requests come out one at a time, in order.
/// After a thrown error the parser's state is unspecified: answer the error
/// and close the connection.
///
/// Decisions where RFC 9112 leaves a choice:
/// - A bare LF (without CR) anywhere in the head is rejected with 400, as is a bare CR.
/// - Empty lines (CRLF) before the request line are ignored.
/// - Only origin-form targets (`/path?query`) are accepted; absolute-form,
///   authority-form and asterisk-form get 400.
/// - Any `Transfer-Encoding` gets 411: only `Content-Length` bodies are supported.
/// - A `Content-Length` above the body limit gets 413 as soon as the head is read.
public struct HTTPRequestParser: Sendable {
    /// Size limits enforced while parsing.
    public struct Limits: Sendable {
        /// Maximum bytes of request line plus headers (including the final CRLF); over it → 431.
        public var maxHeadBytes: Int
        /// Maximum body bytes announced by `Content-Length`; over it → 413.
        public var maxBodyBytes: Int

        /// Creates limits; the defaults are 16 KiB of head and 1 MiB of body.
        public init(maxHeadBytes: Int = 16 * 1024, maxBodyBytes: Int = 1024 * 1024) {
            self.maxHeadBytes = maxHeadBytes
            self.maxBodyBytes = maxBodyBytes
        }
    }

    /// The limits this parser enforces.
    public let limits: Limits
    private var buffer: [UInt8] = []
    /// Where the search for the end of the head resumes.
    private var scanIndex = 0
    /// Start of the line being scanned.
    private var lineStart = 0
    /// A parsed head waiting for `pendingBodyLength` body bytes.
    private var pendingHead: HTTPRequest?
    private var pendingBodyLength = 0

    /// Creates an empty parser.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Appends bytes received from the client.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// Whether any bytes of a request that is not yet complete have been received.
    public var hasPartialRequest: Bool { !buffer.isEmpty || pendingHead != nil }

    /// Whether the head of the current request is complete and its body is awaited.
    public var isAwaitingBody: Bool { pendingHead != nil }

    /// Whether the awaited body was announced with `Expect: 100-continue` (HTTP/1.1 only),
    /// so the server should send `100 Continue` before the client sends it.
    public var isAwaitingBodyAfterExpectContinue: Bool {
        guard let head = pendingHead, head.version == "HTTP/1.1" else { return false }
        return head.header("Expect")?.lowercased() == "100-continue"
    }

    /// The number of bytes buffered and not yet returned as part of a request.
    public var bufferedByteCount: Int { buffer.count }

    /// Returns the next complete request, or nil if more bytes are needed.
    ///
    /// - Throws: ``HTTPRequestError`` with status 400, 411, 413, 431 or 505.
    public mutating func nextRequest() throws(HTTPRequestError) -> HTTPRequest? {
        if pendingHead == nil {
            skipLeadingEmptyLines()
            guard let headEnd = try findHeadEnd() else { return nil }
            let (head, bodyLength) = try Self.parseHead(buffer[0..<headEnd], limits: limits)
            buffer.removeFirst(headEnd)
            scanIndex = 0
            lineStart = 0
            pendingHead = head
            pendingBodyLength = bodyLength
        }
        guard let head = pendingHead, buffer.count >= pendingBodyLength else { return nil }
        let body = Array(buffer[0..<pendingBodyLength])
        buffer.removeFirst(pendingBodyLength)
        pendingHead = nil
        pendingBodyLength = 0
        return HTTPRequest(head: head, body: body)
    }

    /// Drops CRLF pairs that precede a request line (RFC 9112 §2.2).
    private mutating func skipLeadingEmptyLines() {
        guard scanIndex == 0 else { return }
        var count = 0
        while count + 1 < buffer.count, buffer[count] == .cr, buffer[count + 1] == .lf {
            count += 2
        }
        if count > 0 { buffer.removeFirst(count) }
    }

    /// Scans for the empty line ending the head; returns the index just after it.
    private mutating func findHeadEnd() throws(HTTPRequestError) -> Int? {
        while scanIndex < buffer.count {
            let index = scanIndex
            scanIndex += 1
            guard buffer[index] == .lf else { continue }
            guard index > 0, buffer[index - 1] == .cr else {
                throw .badRequest("请求头中有单独的 LF；每行必须以 CRLF 结尾")
            }
            let isEmptyLine = index - 1 == lineStart
            lineStart = index + 1
            if isEmptyLine {
                guard index + 1 <= limits.maxHeadBytes else {
                    throw .headTooLarge(limit: limits.maxHeadBytes)
                }
                return index + 1
            }
        }
        if buffer.count > limits.maxHeadBytes { throw .headTooLarge(limit: limits.maxHeadBytes) }
        return nil
    }
}

extension UInt8 {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")
}
