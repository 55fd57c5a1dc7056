import Foundation
import Glibc

/// A failure in the raw test client (connect, send, timeout, malformed reply).
struct RawClientError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A response as read off the wire by ``RawClient``.
struct RawResponse {
    let status: Int
    let headers: [(name: String, value: String)]
    let body: [UInt8]

    /// The first value of header `name` (case-insensitive).
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A blocking POSIX socket client that can send arbitrary bytes.
///
/// Every receive has a timeout (`SO_RCVTIMEO`) so a test can never hang.
final class RawClient {
    let fd: Int32
    private var buffer: [UInt8] = []

    /// Connects to 127.0.0.1:`port`; from `source` (another loopback address such as `127.0.0.2`)
    /// when given, so a test can be two different clients.
    init(port: Int, receiveTimeout: Double = 3, source: String? = nil) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawClientError(message: "socket() failed") }
        if let source {
            var local = sockaddr_in()
            local.sin_family = sa_family_t(AF_INET)
            local.sin_addr.s_addr = inet_addr(source)
            let bound = withUnsafePointer(to: &local) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0 else {
                close(fd)
                throw RawClientError(message: "bind(\(source)) failed: errno \(errno)")
            }
        }
        var timeout = timeval(tv_sec: Int(receiveTimeout), tv_usec: Int((receiveTimeout.truncatingRemainder(dividingBy: 1)) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(fd)
            throw RawClientError(message: "connect() failed: errno \(errno)")
        }
    }

    deinit { close(fd) }

    /// Sends raw bytes.
    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw RawClientError(message: "send() failed: errno \(errno)") }
            offset += sent
        }
    }

    /// Sends a string's UTF-8 bytes.
    func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Receives more bytes; returns false at EOF (or reset).
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &chunk, chunk.count, 0)
        if count > 0 {
            buffer += chunk[0..<count]
            return true
        }
        if count == 0 || errno == ECONNRESET { return false }
        throw RawClientError(message: "recv() failed or timed out: errno \(errno)")
    }

    /// Reads one response; for a response to HEAD pass `head: true` (no body is read).
    func readResponse(head: Bool = false) throws -> RawResponse {
        let separator: [UInt8] = [13, 10, 13, 10]
        var end: Int?
        while end == nil {
            end = buffer.indices.dropLast(3).first { Array(buffer[$0..<($0 + 4)]) == separator }
            if end == nil, try !fill() { throw RawClientError(message: "connection closed before a response head") }
        }
        guard let headEnd = end else { throw RawClientError(message: "unreachable") }
        let headText = String(decoding: buffer[0..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, statusLine[0] == "HTTP/1.1", let status = Int(statusLine[1]) else {
            throw RawClientError(message: "bad status line in: \(headText)")
        }
        let headers = lines.map { line -> (name: String, value: String) in
            let parts = line.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
        }
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        let bodyLength = head ? 0 : length
        while buffer.count < bodyLength {
            if try !fill() { throw RawClientError(message: "connection closed inside a body") }
        }
        let body = Array(buffer[0..<bodyLength])
        buffer.removeFirst(bodyLength)
        return RawResponse(status: status, headers: headers, body: body)
    }

    /// Sends `text` and reads one response.
    func exchange(_ text: String, head: Bool = false) throws -> RawResponse {
        try send(text)
        return try readResponse(head: head)
    }

    /// Whether the server closes the connection (EOF) with no further bytes, within the receive timeout.
    func isClosedByServer() -> Bool {
        guard buffer.isEmpty else { return false }
        do { return try !fill() } catch { return false }
    }

    /// Bytes buffered but not yet consumed by ``readResponse(head:)``.
    var leftover: [UInt8] { buffer }
}
