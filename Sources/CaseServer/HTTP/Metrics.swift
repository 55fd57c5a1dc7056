import Foundation

/// Thread-safe request metrics rendered in the Prometheus text exposition format.
///
/// Counts requests by route name and status, keeps a latency histogram per
/// route, and renders extra gauges registered through ``registerGauge(name:help:value:)``.
/// All methods may be called from any thread.
public final class Metrics: @unchecked Sendable {
    /// The default latency buckets in seconds (the Prometheus client defaults).
    public static let defaultBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    /// The prefix of every metric name, e.g. `caselib`.
    public let namespace: String
    /// The histogram's upper bounds, ascending (`+Inf` is implicit).
    public let buckets: [Double]

    private struct Histogram {
        var counts: [UInt64]
        var sum: Double = 0
        var count: UInt64 = 0
    }

    private struct Gauge {
        let name: String
        let help: String
        let value: @Sendable () -> Double
    }

    private struct RequestKey: Hashable, Comparable {
        let route: String
        let status: Int
        static func < (lhs: RequestKey, rhs: RequestKey) -> Bool {
            (lhs.route, lhs.status) < (rhs.route, rhs.status)
        }
    }

    private let lock = NSLock()
    private var requestCounts: [RequestKey: UInt64] = [:]
    private var histograms: [String: Histogram] = [:]
    private var gauges: [Gauge] = []

    /// Creates an empty registry.
    ///
    /// - Parameters:
    ///   - namespace: Prefix for metric names (`<namespace>_http_requests_total`, ...).
    ///   - buckets: Histogram upper bounds in seconds; sorted and de-duplicated.
    public init(namespace: String = "caselib", buckets: [Double] = Metrics.defaultBuckets) {
        self.namespace = namespace
        self.buckets = Array(Set(buckets.filter { $0.isFinite })).sorted()
    }

    /// Records one finished request.
    ///
    /// - Parameters:
    ///   - route: The route name (`(unmatched)` for 404s, `(transport)` for transport errors).
    ///   - status: The response status.
    ///   - duration: The time spent producing the response, in seconds.
    public func record(route: String, status: Int, duration: Double) {
        let seconds = duration.isFinite ? max(0, duration) : 0
        lock.lock()
        defer { lock.unlock() }
        requestCounts[RequestKey(route: route, status: status), default: 0] += 1
        var histogram = histograms[route] ?? Histogram(counts: Array(repeating: 0, count: buckets.count))
        if let index = buckets.firstIndex(where: { seconds <= $0 }) { histogram.counts[index] += 1 }
        histogram.sum += seconds
        histogram.count += 1
        histograms[route] = histogram
    }

    /// Registers a gauge whose value is read each time the metrics are rendered.
    ///
    /// - Parameters:
    ///   - name: The metric name without the namespace, e.g. `index_documents`.
    ///   - help: The `# HELP` text.
    ///   - value: Called (on the rendering thread, without the metrics lock held) to read the value.
    public func registerGauge(name: String, help: String, value: @escaping @Sendable () -> Double) {
        lock.lock()
        defer { lock.unlock() }
        gauges.append(Gauge(name: name, help: help, value: value))
    }

    /// The number of requests recorded for `route` with `status`.
    public func requestCount(route: String, status: Int) -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return requestCounts[RequestKey(route: route, status: status)] ?? 0
    }

    /// Renders every metric in the Prometheus text exposition format (version 0.0.4).
    public func render() -> String {
        lock.lock()
        let counts = requestCounts
        let histograms = self.histograms
        let gauges = self.gauges
        lock.unlock()

        let requests = "\(namespace)_http_requests_total"
        var out = "# HELP \(requests) HTTP requests by route and status.\n# TYPE \(requests) counter\n"
        for (key, count) in counts.sorted(by: { $0.key < $1.key }) {
            out += "\(requests){route=\"\(Self.escape(key.route))\",status=\"\(key.status)\"} \(count)\n"
        }
        let duration = "\(namespace)_http_request_duration_seconds"
        out += "# HELP \(duration) Time to produce a response, by route.\n# TYPE \(duration) histogram\n"
        for (route, histogram) in histograms.sorted(by: { $0.key < $1.key }) {
            let label = "route=\"\(Self.escape(route))\""
            var cumulative: UInt64 = 0
            for (bound, count) in zip(buckets, histogram.counts) {
                cumulative += count
                out += "\(duration)_bucket{\(label),le=\"\(Self.format(bound))\"} \(cumulative)\n"
            }
            out += "\(duration)_bucket{\(label),le=\"+Inf\"} \(histogram.count)\n"
            out += "\(duration)_sum{\(label)} \(Self.format(histogram.sum))\n"
            out += "\(duration)_count{\(label)} \(histogram.count)\n"
        }
        for gauge in gauges {
            let name = "\(namespace)_\(gauge.name)"
            out += "# HELP \(name) \(gauge.help)\n# TYPE \(name) gauge\n\(name) \(Self.format(gauge.value()))\n"
        }
        return out
    }

    /// The `Content-Type` of ``render()``'s output.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Escapes a label value: backslash, double quote and newline.
    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Formats a sample value the way Prometheus expects (`+Inf`, `NaN`, shortest decimal).
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
