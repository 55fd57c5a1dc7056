import CaseServer
import Testing

@Suite("Metrics")
struct MetricsTests {
    @Test func rendersPrometheusTextFormat() {
        let metrics = Metrics(namespace: "t", buckets: [0.1, 1])
        metrics.record(route: "search", status: 200, duration: 0.05)
        metrics.record(route: "search", status: 200, duration: 0.5)
        metrics.record(route: "search", status: 500, duration: 5)
        metrics.record(route: "we\"ird", status: 404, duration: 0)
        metrics.registerGauge(name: "index_documents", help: "Documents in the index.") { 42 }
        let text = metrics.render()
        let expectedLines = [
            "# TYPE t_http_requests_total counter",
            #"t_http_requests_total{route="search",status="200"} 2"#,
            #"t_http_requests_total{route="search",status="500"} 1"#,
            #"t_http_requests_total{route="we\"ird",status="404"} 1"#,
            "# TYPE t_http_request_duration_seconds histogram",
            #"t_http_request_duration_seconds_bucket{route="search",le="0.1"} 1"#,
            #"t_http_request_duration_seconds_bucket{route="search",le="1"} 2"#,
            #"t_http_request_duration_seconds_bucket{route="search",le="+Inf"} 3"#,
            #"t_http_request_duration_seconds_sum{route="search"} 5.55"#,
            #"t_http_request_duration_seconds_count{route="search"} 3"#,
            "# HELP t_index_documents Documents in the index.",
            "# TYPE t_index_documents gauge",
            "t_index_documents 42",
        ]
        let lines = Set(text.split(separator: "\n").map(String.init))
        for line in expectedLines {
            #expect(lines.contains(line), "missing: \(line)")
        }
    }

    @Test func countsAreExactUnderConcurrentRecording() async {
        let metrics = Metrics()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<1000 { metrics.record(route: "r", status: 200, duration: 0.001) }
                }
            }
        }
        #expect(metrics.requestCount(route: "r", status: 200) == 8000)
    }
}
