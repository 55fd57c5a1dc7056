import Glibc

/// Who gets a connection: the global cap, the per-address cap, and displacement of the busiest
/// address's waiting connections when the server is full, so that one client holding hundreds of
/// half-sent requests can never lock another out.
extension ConnectionLoop {
    /// Accepts queued connections and applies the caps.
    func acceptPending() {
        for _ in 0..<64 {
            let now = Clock.now()
            switch Socket.accept(listener) {
            case .accepted(let fd, let address):
                let connection = Connection(
                    id: nextID, fd: fd, address: address, limits: configuration.limits,
                    deadline: now &+ Clock.nanoseconds(configuration.headerReadTimeout))
                nextID += 1
                connections[connection.id] = connection
                admit(connection)
            case .wouldBlock, .failed:
                return
            case .outOfDescriptors:
                acceptPausedUntil = now &+ 100_000_000
                return
            }
        }
    }

    /// Keeps a new connection, or answers it 503, or makes room for it.
    private func admit(_ connection: Connection) {
        let counts = activeCountsByAddress()
        let own = counts[connection.address, default: 0]
        if own > max(1, configuration.maxConnectionsPerAddress) {
            reject(connection, status: 503, code: "overloaded",
                   message: "来自 \(connection.address) 的连接过多（上限 \(configuration.maxConnectionsPerAddress) 个）；请关闭空闲连接后重试")
            return
        }
        guard connections.count - drainingCount > max(1, configuration.maxConnections) else { return }
        // Full: displace a waiting connection of the address holding the most, if that is not this one.
        if let (busiest, held) = counts.max(by: { $0.value < $1.value }), busiest != connection.address, held > own,
            let victim = oldestWaiting(of: busiest)
        {
            reject(victim, status: 503, code: "overloaded", message: "服务器连接已满，本地址占用最多，等待中的连接被关闭；请稍后重试")
            return
        }
        reject(connection, status: 503, code: "overloaded", message: "打开的连接过多；请稍后重试")
    }

    /// Open connections per client address, not counting those already closing.
    private func activeCountsByAddress() -> [String: Int] {
        var counts: [String: Int] = [:]
        for connection in connections.values where connection.state != .draining {
            counts[connection.address, default: 0] += 1
        }
        return counts
    }

    /// The address's longest-open connection that is waiting for a request (none in flight).
    private func oldestWaiting(of address: String) -> Connection? {
        connections.values.filter { $0.address == address && $0.state == .reading }.min { $0.id < $1.id }
    }
}
