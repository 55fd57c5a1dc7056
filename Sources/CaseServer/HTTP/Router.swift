import Dispatch
import Foundation

/// Maps requests to handler closures by method and path pattern.
///
/// Unknown paths get 404; a known path with another method gets 405 and an
/// `Allow` header (GET implies HEAD). A handler's ``HTTPError`` becomes its
/// JSON error response; any other error is logged to stderr and answered with
/// a generic 500. Undecodable query parameters are answered with 400 naming the
/// parameter before the handler runs. When two patterns match, the one with a
/// literal segment further left wins (`/cases/search` beats `/cases/{id}`).
///
/// A router is a ``HTTPRequestHandler`` and is meant to be built once per
/// worker (its handlers may capture thread-confined state); it is not `Sendable`.
/// It needs no socket, so it can be tested in-process.
public final class Router: HTTPRequestHandler {
    /// A route handler: the request and its decoded path parameters in, a response out.
    public typealias Handler = (HTTPRequest, RouteParameters) throws -> HTTPResponse

    /// A registered route as seen from outside (e.g. to compare with an OpenAPI document).
    public struct Route: Sendable, Hashable {
        /// The method, e.g. `GET`.
        public let method: String
        /// The path pattern, e.g. `/cases/{id}`.
        public let pattern: String
        /// The route name used in metrics.
        public let name: String
    }

    private struct Entry {
        let route: Route
        let pattern: RoutePattern
        let handler: Handler
    }

    /// The route name recorded for requests that matched no route.
    public static let unmatchedRouteName = "(unmatched)"

    /// Where requests are recorded, if anywhere.
    public let metrics: Metrics?
    private var entries: [Entry] = []

    /// Creates an empty router.
    ///
    /// - Parameter metrics: Records each request's route name, status and latency.
    public init(metrics: Metrics? = nil) {
        self.metrics = metrics
    }

    /// Registers a route. If the same method and pattern are registered twice, the first wins.
    ///
    /// - Parameters:
    ///   - method: The method, e.g. `GET` (case-sensitive, as HTTP methods are).
    ///   - pattern: A path such as `/cases/{id}`; `{name}` segments bind parameters.
    ///   - name: The route name used in metrics, e.g. `case_detail`.
    ///   - handler: Produces the response.
    public func add(_ method: String, _ pattern: String, name: String, handler: @escaping Handler) {
        let route = Route(method: method, pattern: pattern, name: name)
        entries.append(Entry(route: route, pattern: RoutePattern(pattern), handler: handler))
    }

    /// Registers a `GET` route (which also answers `HEAD`).
    public func get(_ pattern: String, name: String, handler: @escaping Handler) {
        add("GET", pattern, name: name, handler: handler)
    }

    /// Registers a `POST` route.
    public func post(_ pattern: String, name: String, handler: @escaping Handler) {
        add("POST", pattern, name: name, handler: handler)
    }

    /// Every registered route, in registration order.
    /// Registers a `PUT` route.
    public func put(_ pattern: String, name: String, handler: @escaping Handler) {
        add("PUT", pattern, name: name, handler: handler)
    }

    /// Registers a `DELETE` route.
    public func delete(_ pattern: String, name: String, handler: @escaping Handler) {
        add("DELETE", pattern, name: name, handler: handler)
    }

    public var routes: [Route] { entries.map(\.route) }

    /// Routes, runs the handler, maps errors, and records metrics.
    public func respond(to request: HTTPRequest) -> HTTPResponse { respondNamingRoute(to: request).response }

    /// Answers a request and says which route answered it (``unmatchedRouteName`` when none did).
    public func respondNamingRoute(to request: HTTPRequest) -> (route: String, response: HTTPResponse) {
        let start = DispatchTime.now().uptimeNanoseconds
        let (routeName, response) = dispatch(request)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        metrics?.record(route: routeName, status: response.status, duration: elapsed)
        return (routeName, response)
    }

    /// Finds the route and produces the response, returning the route name for metrics.
    private func dispatch(_ request: HTTPRequest) -> (String, HTTPResponse) {
        let unmatched = Self.unmatchedRouteName
        guard let segments = RoutePattern.decodedSegments(ofRawPath: request.rawPath) else {
            return (unmatched, .error(HTTPRequestError.badRequest("请求路径不是有效的 UTF-8")))
        }
        let candidates = entries.compactMap { entry in
            entry.pattern.match(segments).map { (entry, $0) }
        }
        guard !candidates.isEmpty else {
            return (unmatched, .error(status: 404, code: "not_found", message: "没有这个地址：\(request.path)"))
        }
        let byMethod = candidates.filter { $0.0.route.method == request.method }
        let fallback = request.method == "HEAD" ? candidates.filter { $0.0.route.method == "GET" } : []
        guard let (entry, parameters) = Self.mostSpecific(byMethod.isEmpty ? fallback : byMethod) else {
            var allowed = Set(candidates.map(\.0.route.method))
            if allowed.contains("GET") { allowed.insert("HEAD") }
            let allow = allowed.sorted().joined(separator: ", ")
            var response = HTTPResponse.error(
                status: 405, code: "method_not_allowed",
                message: "\(request.path) 不接受 \(request.method) 方法；可用：\(allow)")
            response.headers.add(name: "Allow", value: allow)
            return (unmatched, response)
        }
        let name = entry.route.name
        if let queryError = request.queryError { return (name, .error(queryError)) }
        do {
            return (name, try entry.handler(request, RouteParameters(parameters)))
        } catch let error as any HTTPError {
            return (name, .error(error))
        } catch {
            Self.log("路由 \(name)（\(request.method) \(request.path)）出错：\(String(reflecting: error))")
            return (name, .error(status: 500, code: "internal_error", message: "服务器内部错误"))
        }
    }

    /// Picks the candidate whose literal segments come earliest; ties go to the first registered.
    private static func mostSpecific(
        _ candidates: [(Entry, [String: String])]
    ) -> (Entry, [String: String])? {
        var best: (Entry, [String: String])?
        for candidate in candidates {
            guard let current = best else {
                best = candidate
                continue
            }
            let (a, b) = (candidate.0.pattern.specificity, current.0.pattern.specificity)
            if let (first, _) = zip(a, b).first(where: { $0 != $1 }), first { best = candidate }
        }
        return best
    }

    /// Writes one line to stderr.
    static func log(_ message: String) {
        FileHandle.standardError.write(Data("[caselib http] \(message)\n".utf8))
    }
}
