import CaseServer
import Foundation
import Testing

@Suite("Router (in-process, no socket)")
struct RouterTests {
    private func request(_ method: String, _ target: String) throws -> HTTPRequest {
        try HTTPRequest(method: method, target: target, headers: ["Host": "x"])
    }

    private func text(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    @Test func bindsPercentDecodedPathParameters() throws {
        let router = makeTestRouter()
        let response = router.respond(to: try request("GET", "/items/%E6%A1%88%2F1"))
        #expect(response.status == 200)
        #expect(text(response) == "item 案/1")
    }

    @Test func literalSegmentsBeatParameters() throws {
        let router = Router()
        router.get("/cases/{id}", name: "case") { _, parameters in .text("case \(parameters["id"] ?? "")") }
        router.get("/cases/search", name: "search") { _, _ in .text("search") }
        #expect(text(router.respond(to: try request("GET", "/cases/search"))) == "search")
        #expect(text(router.respond(to: try request("GET", "/cases/42"))) == "case 42")
        #expect(router.respond(to: try request("GET", "/cases/42/extra")).status == 404)
        #expect(router.respond(to: try request("GET", "/cases")).status == 404)
    }

    @Test func wrongMethodGives405WithAllowIncludingHead() throws {
        let router = makeTestRouter()
        let response = router.respond(to: try request("PUT", "/items/1"))
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, HEAD")
        #expect(text(response).contains("method_not_allowed"))
    }

    @Test func headFallsBackToTheGetHandler() throws {
        let router = makeTestRouter()
        let response = router.respond(to: try request("HEAD", "/items/7"))
        #expect(response.status == 200)
        #expect(text(response) == "item 7")
    }

    @Test func httpErrorsKeepTheirStatusAndOtherErrorsBecomeGeneric500s() throws {
        let router = makeTestRouter()
        let teapot = router.respond(to: try request("GET", "/teapot"))
        #expect(teapot.status == 418)
        #expect(text(teapot) == #"{"error":{"code":"teapot","message":"I am a teapot"}}"#)
        let failure = router.respond(to: try request("GET", "/fail"))
        #expect(failure.status == 500)
        #expect(!text(failure).contains("secret"))
    }

    @Test func badQueryIsAnsweredBeforeTheHandlerRuns() throws {
        let router = Router()
        router.get("/search", name: "search") { _, _ in
            Issue.record("handler must not run")
            return .text("ran")
        }
        let response = router.respond(to: try request("GET", "/search?q=ok&page=%zz"))
        #expect(response.status == 400)
        #expect(text(response).contains("'page'"))
    }

    @Test func listsRegisteredRoutes() {
        let router = makeTestRouter()
        let routes = router.routes.map { "\($0.method) \($0.pattern)" }
        #expect(routes == ["GET /echo", "POST /echo", "GET /sleep", "GET /items/{id}", "GET /fail", "GET /teapot"])
        #expect(router.routes.map(\.name).contains("item"))
    }

    @Test func recordsMetricsPerRouteAndStatus() throws {
        let metrics = Metrics()
        let router = makeTestRouter(metrics: metrics)
        _ = router.respond(to: try request("GET", "/items/1"))
        _ = router.respond(to: try request("GET", "/items/2"))
        _ = router.respond(to: try request("GET", "/teapot"))
        _ = router.respond(to: try request("GET", "/missing"))
        #expect(metrics.requestCount(route: "item", status: 200) == 2)
        #expect(metrics.requestCount(route: "teapot", status: 418) == 1)
        #expect(metrics.requestCount(route: Router.unmatchedRouteName, status: 404) == 1)
    }

    @Test func jsonHelperEncodesWithSortedKeys() throws {
        struct Payload: Encodable { let b: Int; let a: String }
        let response = try HTTPResponse.json(Payload(b: 1, a: "x/y"))
        #expect(text(response) == #"{"a":"x/y","b":1}"#)
        #expect(response.headers["content-type"] == "application/json; charset=utf-8")
        let error = HTTPResponse.error(status: 400, code: "bad", message: "quote \" and\nnewline")
        let decoded = try JSONSerialization.jsonObject(with: error.bodyData) as? [String: [String: String]]
        #expect(decoded?["error"]?["message"] == "quote \" and\nnewline")
    }
}
