import CaseServer
import Foundation
import Testing

@Suite("API: GET /api/search and /healthz in-process")
struct SearchEndpointTests {
    @Test func searchReturnsResultsWithMarkedSnippetsAndFacets() throws {
        let library = try TestLibrary()
        let router = try library.router()
        let answer = try router.call("/api/search?q=\(encoded("户籍底册"))")
        #expect(answer.status == 200)
        #expect(answer.response.headers["Content-Type"] == HTTPResponse.jsonContentType)
        #expect(answer.json["total"] as? Int == 1)
        #expect(answer.json["offset"] as? Int == 0)
        #expect(answer.json["limit"] as? Int == 10)
        let results = try #require(answer.json["results"] as? [[String: Any]])
        #expect(results.first?["id"] as? String == TestLibrary.otherCase)
        #expect((results.first?["snippet"] as? String)?.contains("<mark>") == true)
        let facets = try #require(answer.json["facets"] as? [String: Any])
        let categories = try #require(facets["category"] as? [[String: Any]])
        #expect(categories.first?["value"] as? String == "历史信息类")
        #expect(categories.first?["count"] as? Int == 1)
    }

    @Test func filtersAndPagingNarrowTheResults() throws {
        let router = try TestLibrary().router()
        let all = try router.call("/api/search?q=&kind=case")
        #expect(all.json["total"] as? Int == 3)  // the draft is hidden
        let page = try router.call("/api/search?kind=case&limit=2&offset=2")
        #expect((page.json["results"] as? [Any])?.count == 1)
        let filtered = try router.call("/api/search?category=\(encoded("行政处罚类"))&year=2022..2023&kind=case")
        let ids = (filtered.json["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(Set(ids ?? []) == [TestLibrary.correctedCase, TestLibrary.similarCase])
        let single = try router.call("/api/search?year=2021")
        #expect((single.json["results"] as? [[String: Any]])?.map { $0["id"] as? String } == [TestLibrary.otherCase])
        // The same year syntax as the query language's `year:` (regression: open ranges were a 400 here only).
        let open = try router.call("/api/search?kind=case&year=2022..")
        #expect(open.status == 200)
        #expect(Set((open.json["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []) == [TestLibrary.correctedCase, TestLibrary.similarCase])
    }

    @Test func hiddenRecordsAppearOnlyWithAll() throws {
        let router = try TestLibrary().router()
        let shown = try router.call("/api/search?q=\(encoded("草稿"))")
        #expect(shown.json["total"] as? Int == 0)
        let all = try router.call("/api/search?q=\(encoded("草稿"))&all=1")
        #expect((all.json["results"] as? [[String: Any]])?.first?["id"] as? String == TestLibrary.draftCase)
    }

    @Test(arguments: [
        ("limit=0", "limit"), ("limit=101", "limit"), ("limit=abc", "limit"), ("offset=-1", "offset"),
        ("offset=10001", "offset"), ("year=20", "year"), ("year=2023..2020", "year"), ("year=2020..2021..2022", "year"),
        ("year=abcd", "year"), ("all=yes", "all"),
    ])
    func badParametersAreAnswered400NamingTheParameter(query: String, parameter: String) throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/api/search?q=x&\(query)")
        #expect(answer.status == 400)
        #expect(answer.errorCode == "invalid_parameter")
        #expect(answer.errorMessage.contains("'\(parameter)'"))
    }

    @Test func unparsableQueryIsBadQuery() throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/api/search?q=\(encoded("\"未闭合"))")
        #expect(answer.status == 400)
        #expect(answer.errorCode == "bad_query")
        #expect(answer.errorMessage.contains("'q'"))
    }

    @Test func healthReportsDocumentsAndRevision() throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/healthz")
        #expect(answer.status == 200)
        #expect(answer.json["status"] as? String == "ok")
        #expect(answer.json["documents"] as? Int == 6, "the seven documents less the draft: what members may see")
        #expect((answer.json["revision"] as? Int ?? 0) >= 1)
    }

    @Test func metricsIncludeRequestsAndTheIndexDocumentGauge() throws {
        let library = try TestLibrary()
        let server = try library.startServer()
        defer { server.shutDown() }
        let client = try RawClient(port: server.port)
        #expect(try client.exchange(get("/healthz")).status == 200)
        let metrics = try client.exchange(get("/metrics"))
        #expect(metrics.status == 200)
        #expect(metrics.header("Content-Type")?.hasPrefix("text/plain") == true)
        #expect(metrics.text.contains("caselib_http_requests_total{route=\"healthz\",status=\"200\"} 1"))
        #expect(metrics.text.contains("caselib_index_documents 6"), "members' view: the draft is not counted")
    }
}
