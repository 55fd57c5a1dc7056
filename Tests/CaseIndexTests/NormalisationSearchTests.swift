import CaseIndex
import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("Normalisation end to end: traditional characters, full-width forms, case")
struct NormalisationSearchTests {
    private static func library() throws -> TestLibrary {
        let library = try TestLibrary([
            searchCase("N-1", title: "申请公开政府信息公开工作年度报告案", request: "要求提供本局政府信息公开工作年度报告。"),
            searchCase("N-2", title: "申请公开abc系统的采购合同案", request: "要求提供abc系统与xapian检索软件的采购合同。"),
            searchCase("N-3", title: "申請公開戶籍檔案案", request: "要求查閱其祖父的戶籍檔案及遷移記錄。"),
            searchCase("N-4", title: "申请公开交通事故认定书案", request: "要求提供道路交通事故认定书。"),
        ])
        try library.index()
        return library
    }

    @Test func traditionalQueryFindsSimplifiedText() throws {
        let hits = try Self.library().search("政府信息公開").hits
        #expect(hits.first?.item.id == "N-1")
        #expect(hits.first?.coverage == 1, "every term of the traditional query matched the simplified text")
    }

    @Test func fullWidthLettersFindHalfWidthText() throws {
        #expect(try Self.library().ids("ＡＢＣ") == ["N-2"])
    }

    @Test func upperCaseQueryFindsLowerCaseText() throws {
        let library = try Self.library()
        #expect(try library.ids("XAPIAN") == ["N-2"])
        #expect(try library.ids("Xapian") == ["N-2"])
    }

    @Test func simplifiedQueryFindsARecordWrittenInTraditionalCharacters() throws {
        let library = try Self.library()
        #expect(try library.ids("户籍档案") == ["N-3"])
        #expect(try library.ids("迁移记录") == ["N-3"])
    }

    @Test func snippetMarksTheOriginalTraditionalText() throws {
        let hit = try #require(try Self.library().search("户籍档案").hits.first)
        #expect(hit.snippet.markedText.contains("<mark>戶籍檔案</mark>"), "snippet was \(hit.snippet)")
    }

    /// Regression (stop 27): a record pasted with zero-width spaces inside its words is found by the
    /// words, and a query pasted with them finds the record.
    @Test func zeroWidthCharactersNeitherHideARecordNorSpoilAQuery() throws {
        let library = try TestLibrary([
            searchCase("Z-1", title: "申请公开出\u{200B}警记录案", request: "要求提供报\u{200B}警当晚的出警记录。"),
            searchCase("Z-2", title: "申请公开户籍档案案", request: "要求查阅户籍档案。"),
        ])
        try library.index()
        #expect(try library.ids("出警记录") == ["Z-1"])
        #expect(try library.ids("报警") == ["Z-1"])
        #expect(try library.ids("户\u{200B}籍\u{FEFF}档案") == ["Z-2"])
    }

    @Test func traditionalFilterValueMatchesSimplifiedCategory() throws {
        let library = try TestLibrary([searchCase("F-1", title: "申请查阅历史档案案", category: "历史信息类")])
        try library.index()
        #expect(try library.ids("category:歷史信息類") == ["F-1"])
    }
}
