import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// A temporary library (`Cases/`) and index (`Index/`), indexed the way the library service does it:
/// valid record files become sources, files with problems are left out.
final class TestLibrary {
    let directory = TemporaryDirectory("caseindex-test")
    let folder: LibraryFolder
    let location: IndexLocation

    init(_ objects: [[String: Any]] = []) throws {
        folder = LibraryFolder(root: directory.path("Cases"))
        location = IndexLocation(root: directory.path("Index"))
        for object in objects { try add(object) }
    }

    /// Writes a record file (replacing one with the same id).
    func add(_ object: [String: Any]) throws {
        let record = try #require(Fixtures.record(object), "fixture is not a valid record: \(Fixtures.problems(object))")
        try folder.write(record)
    }

    /// Removes a record's file.
    func remove(kind: RecordKind = .case, id: String) throws {
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent(RecordFile.relativePath(kind: kind, id: id)))
    }

    /// The sources the valid files give, with the visibility rule the product indexes with.
    func sources() -> [IndexSource] { RecordDocuments.sources(folder.load()) }

    /// Brings the index up to date with the files.
    @discardableResult
    func index(rebuild: Bool = false) throws -> IndexUpdateReport {
        try LibraryIndexer(location: location).update(sources: sources(), rebuild: rebuild)
    }

    /// A reader on the index.
    func reader(includeHidden: Bool = false) throws -> IndexReader { try IndexReader(location: location, includeHidden: includeHidden) }

    /// Searches and returns the results.
    func search(_ query: String, limit: Int = 50, offset: Int = 0, includeHidden: Bool = false) throws -> SearchResults {
        try reader(includeHidden: includeHidden).search(SearchRequest(query: query, offset: offset, limit: limit, includeHidden: includeHidden))
    }

    /// The ids a search returns, in rank order.
    func ids(_ query: String, includeHidden: Bool = false) throws -> [String] {
        try search(query, includeHidden: includeHidden).hits.map(\.item.id)
    }
}

/// A case fixture with only the fields a search test cares about; the rest are neutral.
func searchCase(_ id: String, title: String, request: String = "申请公开相关材料。", year: Int = 2021,
                category: String = "其他", response: String = "予以公开", _ extra: [String: Any?] = [:]) -> [String: Any] {
    let details = ["不予公开": "保护第三方合法权益", "无法提供": "本机关不掌握相关政府信息", "不予处理": "重复申请", "其他处理": "其他"]
    var overrides: [String: Any?] = [
        "title": title, "request": request, "year": year, "category": category, "response": response,
        "received": "\(year)-06-01", "answered": "\(year)-06-20", "analysis": nil, "legal_basis": nil, "hard": nil,
        "response_detail": details[response], "regime": nil,
    ]
    for (key, value) in extra { overrides[key] = value }
    return Fixtures.caseJSON(id: id, overrides)
}
