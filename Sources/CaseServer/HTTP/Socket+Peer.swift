import Glibc

extension Socket {
    /// The numeric address of a peer (`127.0.0.2`, `::1`); an IPv4-mapped IPv6 address is shown as IPv4,
    /// so one client counts as one address whichever way it connected.
    static func peerAddress(_ storage: sockaddr_storage) -> String {
        var copy = storage
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        switch Int32(storage.ss_family) {
        case AF_INET:
            let ok = withUnsafePointer(to: &copy) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                    var address = pointer.pointee.sin_addr
                    return inet_ntop(AF_INET, &address, &text, socklen_t(text.count)) != nil
                }
            }
            return ok ? String(cString: text) : "?"
        case AF_INET6:
            let ok = withUnsafePointer(to: &copy) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                    var address = pointer.pointee.sin6_addr
                    return inet_ntop(AF_INET6, &address, &text, socklen_t(text.count)) != nil
                }
            }
            guard ok else { return "?" }
            let shown = String(cString: text)
            return shown.hasPrefix("::ffff:") && shown.contains(".") ? String(shown.dropFirst(7)) : shown
        default:
            return "?"
        }
    }

    /// Sends what the socket takes now, without waiting.
    /// - Returns: the bytes sent (0 when the socket is full), or nil when the connection failed.
    static func sendAvailable(_ fd: Int32, _ bytes: [UInt8], from offset: Int) -> Int? {
        guard offset < bytes.count else { return 0 }
        return bytes.withUnsafeBytes { raw in
            while true {
                let sent = send(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
                if sent >= 0 { return sent }
                switch errno {
                case EINTR: continue
                case EAGAIN, EWOULDBLOCK: return 0
                default: return nil
                }
            }
        }
    }
}
