import Dispatch
import Glibc

/// Thin wrappers over the POSIX socket calls the server needs.
///
/// Every socket is non-blocking and close-on-exec (accept4 is not exported by
/// the Glibc module, so accepted sockets get their flags with fcntl); every send uses
/// `MSG_NOSIGNAL` so a vanished peer never raises SIGPIPE.
enum Socket {
    /// Creates a listening socket bound to `host:port` and returns it with the bound port.
    ///
    /// - Throws: ``HTTPServerError`` if the address does not resolve or a call fails.
    static func listen(host: String, port: Int, backlog: Int32) throws(HTTPServerError) -> (Int32, Int) {
        guard (0...65535).contains(port) else {
            throw HTTPServerError(message: "端口 \(port) 超出范围 0...65535")
        }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let info = list else {
            throw HTTPServerError(message: "无法解析地址 '\(host)'：\(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        let fd = socket(info.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .system("socket()") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            let error = HTTPServerError.system("绑定 \(host):\(port)（bind()）")
            close(fd)
            throw error
        }
        guard Glibc.listen(fd, backlog) == 0, setNonBlocking(fd) else {
            let error = HTTPServerError.system("在 \(host):\(port) 上监听（listen()）")
            close(fd)
            throw error
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            let error = HTTPServerError.system("getsockname()")
            close(fd)
            throw error
        }
        return (fd, boundPort(of: storage))
    }

    /// The port stored in an IPv4 or IPv6 socket address.
    private static func boundPort(of storage: sockaddr_storage) -> Int {
        var copy = storage
        return withUnsafePointer(to: &copy) { pointer in
            if Int32(storage.ss_family) == AF_INET6 {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    Int(UInt16(bigEndian: $0.pointee.sin6_port))
                }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                Int(UInt16(bigEndian: $0.pointee.sin_port))
            }
        }
    }

    /// Outcome of one accept attempt.
    enum AcceptResult {
        /// A new socket and the client's address (`127.0.0.2`, `::1`).
        case accepted(Int32, String)
        case wouldBlock
        case outOfDescriptors
        case failed
    }

    /// Accepts one pending connection as a non-blocking socket with `TCP_NODELAY`.
    static func accept(_ listener: Int32) -> AcceptResult {
        while true {
            var peer = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &peer) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.accept(listener, $0, &length) }
            }
            if fd >= 0 {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                guard setNonBlocking(fd) else {
                    close(fd)
                    return .failed
                }
                var yes: Int32 = 1
                setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
                return .accepted(fd, peerAddress(peer))
            }
            switch errno {
            case EINTR, ECONNABORTED: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            case EMFILE, ENFILE, ENOBUFS, ENOMEM: return .outOfDescriptors
            default: return .failed
            }
        }
    }

    /// Outcome of one receive attempt.
    enum ReceiveResult {
        case data(Int)
        case wouldBlock
        case closed
    }

    /// Receives into `buffer`; EOF and hard errors both report `.closed`.
    static func receive(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> ReceiveResult {
        while true {
            let count = recv(fd, buffer.baseAddress, buffer.count, 0)
            if count > 0 { return .data(count) }
            if count == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: return .closed
            }
        }
    }

    /// Sends all of `bytes`, waiting for writability up to `timeout` seconds in total.
    ///
    /// - Returns: Whether every byte was handed to the kernel.
    static func sendAll(_ fd: Int32, _ bytes: [UInt8], timeout: Double) -> Bool {
        let deadline = Clock.now() &+ Clock.nanoseconds(timeout)
        var offset = 0
        return bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let sent = send(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent > 0 {
                    offset += sent
                    continue
                }
                guard sent < 0 else { return false }
                switch errno {
                case EINTR: continue
                case EAGAIN, EWOULDBLOCK:
                    let now = Clock.now()
                    guard now < deadline else { return false }
                    var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&pfd, 1, Clock.pollMilliseconds(deadline - now))
                default: return false
                }
            }
            return true
        }
    }

    /// Sends what fits right now without waiting (for small error responses).
    static func sendBestEffort(_ fd: Int32, _ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { raw in
            send(fd, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
        }
    }

    /// Makes `fd` non-blocking.
    static func setNonBlocking(_ fd: Int32) -> Bool {
        let flags = fcntl(fd, F_GETFL)
        return flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0
    }
}

/// Monotonic time in nanoseconds.
enum Clock {
    /// Nanoseconds since an arbitrary fixed point.
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// `seconds` as nanoseconds, clamped to [0, 1e6 s] so odd configuration cannot trap.
    static func nanoseconds(_ seconds: Double) -> UInt64 {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return UInt64(min(seconds, 1_000_000) * 1e9)
    }

    /// Nanoseconds as a `poll()` timeout in milliseconds, rounded up, clamped to one second.
    static func pollMilliseconds(_ nanoseconds: UInt64) -> Int32 {
        Int32(min((nanoseconds + 999_999) / 1_000_000, 1000))
    }
}
