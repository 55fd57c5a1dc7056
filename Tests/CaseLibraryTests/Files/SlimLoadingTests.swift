import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Indexing loads the library slim — each record with only the fields that relate it to others —
/// and reads each one whole again when its document is made. The slim load must find exactly what
/// the whole load finds.
@Suite("Loading the library slim: the same checks, a record read whole again")
struct SlimLoadingTests {
    private static func folder() throws -> (TemporaryDirectory, LibraryFolder) {
        let directory = TemporaryDirectory()
        let folder = LibraryFolder(root: directory.url)
        let objects: [[String: Any]] = [
            Fixtures.caseJSON(), Fixtures.caseJSON(id: "2023-XH-0002", ["scope": "restricted"]),
            Fixtures.outcomeJSON(), Fixtures.outcomeJSON(id: "O-2023-002", caseID: "2023-XH-0002"),
            Fixtures.trainingJSON(), Fixtures.trainingJSON(id: "T-2023-02", ["cases": ["2023-XH-0001", "2023-XH-0404"]]),
        ]
        for object in objects { try folder.write(try #require(Fixtures.record(object), "\(Fixtures.problems(object))")) }
        // An outcome of a case that is not there, an id used twice, a file that does not parse.
        let orphan = try #require(Fixtures.record(Fixtures.outcomeJSON(id: "O-2023-003", caseID: "2023-XH-0999")))
        try directory.write(RecordFile.render(orphan), to: "outcomes/O-2023-003.md")
        let twin = try #require(Fixtures.record(Fixtures.outcomeJSON(id: "2023-XH-0001")))
        try directory.write(RecordFile.render(twin), to: "outcomes/2023-XH-0001.md")
        try directory.write("id: 2023-XH-0003\nkind: case\nyear: abc\n", to: "cases/2023-XH-0003.md")
        return (directory, folder)
    }

    @Test func findsTheSameRecordsAndProblemsAsTheWholeLoad() throws {
        let (directory, folder) = try Self.folder()
        defer { withExtendedLifetime(directory) {} }
        let whole = folder.load()
        let slim = folder.load(slim: true)
        #expect(whole.problems.count >= 4)
        #expect(slim.problems.map(\.description) == whole.problems.map(\.description))
        #expect(slim.rejectedPaths == whole.rejectedPaths)
        #expect(slim.records.map(\.relativePath) == whole.records.map(\.relativePath))
        #expect(slim.records.map(\.contentHash) == whole.records.map(\.contentHash))
        #expect(slim.records.map(\.record) == whole.records.map(\.record.slim))
        for stored in whole.records {
            #expect(folder.readRecord(at: stored.relativePath) == stored.record, "\(stored.relativePath) read whole")
        }
    }

    @Test func keepsWhatRelatesRecordsAndDropsTheirText() throws {
        let (directory, folder) = try Self.folder()
        defer { withExtendedLifetime(directory) {} }
        let records = Dictionary(uniqueKeysWithValues: folder.load(slim: true).records.map { ($0.record.id, $0.record) })
        let restricted = try #require(records["2023-XH-0002"])
        #expect(!restricted.isVisibleByDefault, "scope survives")
        #expect(try #require(records["2023-XH-0001"]).isVisibleByDefault, "review status survives")
        #expect(records["2023-XH-0001"]?["title"] == nil, "nor its title: an outcome's document reads its case's from the file")
        #expect(records["2023-XH-0001"]?.text("request") == nil, "the case's text is not kept")
        #expect(records["2023-XH-0001"]?["review"] == .object([("status", .string("reviewed"))]), "of the review, its status")
        #expect(records["O-2023-001"]?.caseID == "2023-XH-0001")
        #expect(records["O-2023-001"]?.result != nil && records["O-2023-001"]?.date != nil)
        #expect(records["O-2023-001"]?.text("body") == nil, "an outcome's body is read again with the whole record")
    }

    @Test func aFileThatNoLongerReadsIsNil() throws {
        let (directory, folder) = try Self.folder()
        #expect(folder.readRecord(at: "cases/2023-XH-0003.md") == nil, "a record with a problem")
        #expect(folder.readRecord(at: "cases/2023-XH-0404.md") == nil, "a file that is not there")
        try Data([0xFF, 0xFE, 0x00]).write(to: directory.path("cases/2023-XH-0005.md"))
        #expect(folder.readRecord(at: "cases/2023-XH-0005.md") == nil, "bytes that are not UTF-8")
    }
}
