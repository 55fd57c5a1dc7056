import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

/// Sources made from a slim load read each record whole when its document is made. A record whose
/// file changed in between is indexed as it now reads only if what was derived from the slim load
/// (its visibility, its case's title and status) still holds; otherwise it waits for the next update.
@Suite("Documents of a slim load are made from the record read whole")
struct SlimSourcesTests {
    private static func sources(_ library: TestLibrary) -> [IndexSource] {
        let folder = library.folder
        return RecordDocuments.sources(library.folder.load(slim: true)) { folder.readRecord(at: $0.relativePath) }
    }

    @Test func aDocumentCarriesTheWholeRecord() throws {
        let library = try TestLibrary([searchCase("S-1", title: "申请公开户籍档案案", request: "申请人要求公开其祖父的户籍迁移档案。")])
        let document = try #require(Self.sources(library).first?.documents.first)
        #expect(document.id == "S-1")
        #expect(document.text.contains { $0.text.contains("户籍迁移档案") }, "the request, which the slim record does not keep")
        #expect(document.payload.contains("户籍迁移档案"))
    }

    @Test func aRecordEditedInBetweenIsMadeAsItNowReads() throws {
        let library = try TestLibrary([searchCase("S-1", title: "申请公开户籍档案案")])
        let sources = Self.sources(library)
        try library.add(searchCase("S-1", title: "申请公开户籍档案案", request: "改写后的申请内容：消防验收意见。"))
        let document = try #require(sources.first?.documents.first)
        #expect(document.text.contains { $0.text.contains("消防验收意见") })
    }

    @Test func aRecordHiddenInBetweenIsLeftForTheNextUpdate() throws {
        let library = try TestLibrary([searchCase("S-1", title: "申请公开户籍档案案")])
        let sources = Self.sources(library)
        try library.add(searchCase("S-1", title: "申请公开户籍档案案", ["scope": "restricted"]))
        #expect(sources.first?.documents.isEmpty == true, "indexing it as visible would show a restricted case")
        try library.remove(id: "S-1")
        #expect(sources.first?.documents.isEmpty == true, "a file that is gone")
        try library.add(searchCase("S-1", title: "申请公开户籍档案案"))
        try library.index()
        #expect(try library.ids("户籍档案") == ["S-1"])
    }
}
