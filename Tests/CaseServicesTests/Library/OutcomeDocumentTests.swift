import CaseIndex
import CaseLibrary
import CaseServices
import TestSupport
import Testing

@Suite("Outcomes in the index follow their case")
struct OutcomeDocumentTests {
    private func library() throws -> (TemporaryDirectory, CaseLibraryService) {
        let directory = TemporaryDirectory("outcome-docs")
        let service = CaseLibraryService(casesRoot: directory.path("Cases"), indexRoot: directory.path("Index"))
        for object in [Fixtures.caseJSON(), Fixtures.outcomeJSON(["summary": "复议机关认为答复依法征求了第三方意见，予以维持。"])] {
            try service.folder.write(try #require(Fixtures.record(object)))
        }
        _ = try service.updateIndex()
        return (directory, service)
    }

    private func outcomeHit(_ service: CaseLibraryService, includeHidden: Bool = false) throws -> ItemSummary? {
        let session = try LibrarySession(library: service, viewer: .reviewer, refreshInterval: 0)
        return try session.search(SearchQuery(text: "征求", filters: ["kind": ["outcome"]], includeHidden: includeHidden)).entries.first?.summary
    }

    @Test func anOutcomeIsListedWithItsStageResultAndCaseTitle() throws {
        let (directory, service) = try library()
        defer { withExtendedLifetime(directory) {} }
        #expect(try outcomeHit(service)?.title == "行政复议（维持）：申请公开对第三人的行政处罚决定书案")
    }

    @Test func changingTheCaseReindexesItsOutcomes() throws {
        let (directory, service) = try library()
        defer { withExtendedLifetime(directory) {} }
        try service.folder.write(try #require(Fixtures.record(Fixtures.caseJSON(["title": "改名后的案例"]))))
        let retitled = try service.updateIndex().report
        #expect(retitled.updated == 2, "the case and its outcome")
        #expect(try outcomeHit(service)?.title == "行政复议（维持）：改名后的案例")

        try service.folder.write(try #require(Fixtures.record(Fixtures.caseJSON(["title": "改名后的案例", "scope": "restricted"]))))
        _ = try service.updateIndex()
        #expect(try outcomeHit(service) == nil, "an outcome of a restricted case is hidden by default")
        #expect(try outcomeHit(service, includeHidden: true) != nil)
    }
}
