import CaseLibrary
import CaseServices
import Foundation

/// Reading, adding, replacing, deleting and reviewing records (先审查、后公开), and the caller's work list.
enum RecordRoutes {
    static func register(on router: Router, api: APIContext) {
        router.get("/api/records/{id}", name: "record") { request, parameters in
            let session = try api.session(request, .read)
            let id = parameters["id"] ?? ""
            let view = try session.record(id: id, includeHidden: try SearchParameters.flag(request, "all"))
            api.note(records: [id] + view.listedCases.map(\.id) + (view.history?.outcomes.map(\.id) ?? []), count: 1)
            var response = CaseAPI.json(RecordJSON.view(view))
            if let version = try? session.storedVersion(id: id) { response.headers.add(name: "ETag", value: version.etag) }
            return response
        }
        router.get("/api/records/{id}/similar", name: "similar") { request, parameters in
            try LibraryRoutes.similar(request, id: parameters["id"] ?? "", api: api)
        }
        router.post("/api/records", name: "record_create") { request, _ in
            let session = try api.session(request, .submit)
            let version = try session.create(try JSONBody.object(request))
            api.note(records: [version.record.id], count: 1)
            var response = stored(version, status: 201)
            response.headers.add(name: "Location", value: "/api/records/\(version.record.id)")
            return response
        }
        router.post("/api/records/check", name: "record_check") { request, _ in
            let check = try api.session(request, .submit).check(try JSONBody.object(request))
            return CaseAPI.json(.object([
                ("problems", .array(check.problems.map(JSONValue.string))),
                ("findings", .array(check.findings.map { .object([("field", .string($0.field)), ("kind", .string($0.kind)), ("masked", .string($0.masked))]) })),
            ]))
        }
        router.put("/api/records/{id}", name: "record_replace") { request, parameters in
            let session = try api.session(request, .submit)
            let id = parameters["id"] ?? ""
            api.note(records: [id])
            let version = try session.replace(id: id, with: try JSONBody.object(request), ifMatch: request.headers["If-Match"])
            return stored(version, status: 200)
        }
        router.delete("/api/records/{id}", name: "record_delete") { request, parameters in
            let session = try api.session(request, .administer)
            let id = parameters["id"] ?? ""
            api.note(records: [id])
            try session.delete(id: id, ifMatch: request.headers["If-Match"])
            return HTTPResponse(status: 204, headers: [:], body: [])
        }
        router.post("/api/records/{id}/review", name: "record_review") { request, parameters in
            let session = try api.session(request, .submit)
            let id = parameters["id"] ?? ""
            api.note(records: [id])
            return stored(try session.review(id: id, try action(try JSONBody.object(request))), status: 200)
        }
        router.get("/api/work", name: "work") { request, _ in
            let session = try api.session(request, .submit)
            let items = try session.work()
            api.note(records: items.map(\.record.id), count: items.count)
            return CaseAPI.json(.object([("items", .array(items.map { item in
                .object([
                    ("id", .string(item.record.id)), ("kind", .string(item.record.kind.rawValue)), ("title", .string(item.record.title)),
                    ("state", .string(item.state)), ("history", history(item.history)),
                ])
            }))]))
        }
    }

    /// `{"action": "submit"}`, `{"action": "approve", "secrecy_checked": true}` or `{"action": "reject", "reason": "…"}`.
    static func action(_ body: JSONValue) throws -> ReviewAction {
        switch try JSONBody.string(body, "action") {
        case "submit"?: return .submit
        case "approve"?:
            if case .bool(true)? = body["secrecy_checked"] { return .approve(secrecyChecked: true) }
            return .approve(secrecyChecked: false)
        case "reject"?: return .reject(reason: try JSONBody.string(body, "reason") ?? "")
        default: throw APIError.invalidField("action", "应为 submit、approve 或 reject")
        }
    }

    /// `{"record", "state", "history"}` with the `ETag` header.
    static func stored(_ version: StoredVersion, status: Int) -> HTTPResponse {
        var response = CaseAPI.json(.object([
            ("record", version.record.json), ("history", history(version.history)),
        ]), status: status)
        response.headers.add(name: "ETag", value: version.etag)
        return response
    }

    static func history(_ history: RecordHistory) -> JSONValue {
        .array(history.events.map { event in
            var members: [(String, JSONValue)] = [("time", .string(event.time)), ("user", .string(event.user)), ("action", .string(event.action.rawValue))]
            if let reason = event.reason { members.append(("reason", .string(reason))) }
            return .object(members)
        })
    }
}
