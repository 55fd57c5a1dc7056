import CaseServer
import Foundation
import Testing

@Suite("API: the OpenAPI document matches the routes")
struct OpenAPITests {
    @Test func everyRouteIsDocumentedAndEveryDocumentedOperationIsARoute() throws {
        let router = try TestLibrary().router()
        let answer = try router.call("/openapi.json")
        #expect(answer.status == 200)
        #expect(answer.json["openapi"] as? String == "3.0.3")
        let paths = try #require(answer.json["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
        var documented = Set<String>()
        for (path, item) in paths {
            for method in item.keys where methods.contains(method) { documented.insert("\(method.uppercased()) \(path)") }
        }
        let routed = Set(router.routes.map { "\($0.method) \($0.pattern)" })
        #expect(routed.subtracting(documented).isEmpty, "routes missing from the document")
        #expect(documented.subtracting(routed).isEmpty, "documented operations with no route")
        #expect(routed.count == router.routes.count)
    }

    @Test func everyReferenceResolves() throws {
        let router = try TestLibrary().router()
        let text = try router.call("/openapi.json").text
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let references = text.components(separatedBy: "\"$ref\": \"#/").dropFirst().compactMap { $0.split(separator: "\"").first }
        #expect(!references.isEmpty)
        for reference in references {
            var node: Any? = document
            for part in reference.split(separator: "/") { node = (node as? [String: Any])?[String(part)] }
            #expect(node != nil, "unresolved $ref #/\(reference)")
        }
    }
}
