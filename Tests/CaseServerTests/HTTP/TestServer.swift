import CaseServer
import Foundation

/// A handler error with its own status, for testing the HTTPError mapping.
struct TeapotError: HTTPError {
    var status: Int { 418 }
    var code: String { "teapot" }
    var message: String { "I am a teapot" }
}

/// Any error that is not an HTTPError.
struct SecretFailure: Error {
    let detail = "secret internal detail"
}

/// A router with small routes for exercising the server.
func makeTestRouter(metrics: Metrics? = nil) -> Router {
    let router = Router(metrics: metrics)
    router.get("/echo", name: "echo") { request, _ in
        let query = request.queryItems.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        return .text("\(request.method) \(request.path) \(query)")
    }
    router.post("/echo", name: "echo_post") { request, _ in
        HTTPResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], body: request.body)
    }
    router.get("/sleep", name: "sleep") { request, _ in
        let milliseconds = request.queryValue("ms").flatMap { UInt32($0) } ?? 100
        usleep(min(milliseconds, 5000) * 1000)
        return .text("slept \(milliseconds)")
    }
    router.get("/items/{id}", name: "item") { _, parameters in
        .text("item \(parameters["id"] ?? "?")")
    }
    router.get("/fail", name: "fail") { _, _ in throw SecretFailure() }
    router.get("/teapot", name: "teapot") { _, _ in throw TeapotError() }
    return router
}

/// Starts a real server on 127.0.0.1 with an ephemeral port and short timeouts.
func startTestServer(
    metrics: Metrics? = nil, _ configure: (inout HTTPServer.Configuration) -> Void = { _ in }
) throws -> HTTPServer {
    var configuration = HTTPServer.Configuration(
        host: "127.0.0.1", port: 0, workerCount: 2, maxConnections: 64,
        headerReadTimeout: 2, idleTimeout: 5, writeTimeout: 2, lingerTimeout: 0.5, metrics: metrics)
    configure(&configuration)
    let server = HTTPServer(configuration: configuration) { _ in makeTestRouter(metrics: metrics) }
    try server.start()
    return server
}

extension HTTPServer {
    /// Stops and waits; for `defer` in tests.
    func shutDown() {
        stop()
        waitUntilStopped()
    }
}

/// A minimal valid GET.
func get(_ target: String, extraHeaders: String = "") -> String {
    "GET \(target) HTTP/1.1\r\nHost: test\r\n\(extraHeaders)\r\n"
}
