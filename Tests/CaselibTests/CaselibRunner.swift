import CaseLibrary
import Foundation
import TestSupport
import Testing

/// A temporary working folder with `Cases/` and `Index/`, and `caselib` run inside it.
final class CaselibWorkspace {
    let directory = TemporaryDirectory("caselib-e2e")
    var cases: URL { directory.path("Cases") }
    var index: URL { directory.path("Index") }

    /// Writes records into `Cases/` through the library's own writer.
    func add(_ objects: [[String: Any]]) throws {
        let folder = LibraryFolder(root: cases)
        for object in objects { try folder.write(try #require(Fixtures.record(object))) }
    }

    /// Runs `caselib` with the workspace as the working directory.
    @discardableResult
    func run(_ arguments: String..., in directory: URL? = nil) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments, in: directory ?? self.directory.url)
        #expect(!result.crashed, "caselib \(arguments.joined(separator: " ")) crashed: \(result)")
        return result
    }

    /// Writes JSONL lines to a file in the workspace and returns its path.
    func jsonl(_ lines: [String], name: String = "input.jsonl") throws -> URL {
        try directory.write(lines.joined(separator: "\n") + "\n", to: name)
    }
}

/// Parses JSONL text into objects keyed by id.
func objectsByID(_ text: String) throws -> [String: NSDictionary] {
    var out: [String: NSDictionary] = [:]
    for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
        let id = try #require(object["id"] as? String)
        #expect(out[id] == nil, "id \(id) appears twice")
        out[id] = object
    }
    return out
}
