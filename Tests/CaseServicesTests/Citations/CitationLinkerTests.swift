import CaseLibrary
import Foundation
import Testing
import TestSupport

@testable import CaseServices

@Suite(.enabled(if: StatuteFixture.isAvailable, StatuteFixture.absentMessage))
struct CitationLinkerTests {
    static func linker(with2008: Bool) throws -> (CitationLinker, TemporaryDirectory) {
        let directory = TemporaryDirectory("citations")
        try StatuteFixture.install(in: directory, with2008: with2008)
        return (try CitationLinker.load(libraryRoot: directory.url), directory)
    }

    static func makeCase(_ overrides: [String: Any?]) throws -> Record {
        try #require(Fixtures.record(Fixtures.caseJSON(overrides)))
    }

    @Test func resolvesTheVersionInForceForTheCaseRegime() throws {
        let (linker, _) = try Self.linker(with2008: true)
        let modern = try Self.makeCase(["answered": "2021-03-20", "legal_basis": ["《条例》第十五条"]])
        let fifteen = try #require(linker.citations(in: modern).first)
        #expect(fifteen.resolved)
        #expect(fifteen.version == "2019-05-15")
        #expect(fifteen.law == "中华人民共和国政府信息公开条例")
        #expect(fifteen.article == "第十五条")
        #expect(fifteen.provisionText?.hasPrefix("涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息") == true)

        let old = try Self.makeCase([
            "regime": "2008", "received": "2018-02-01", "answered": "2018-02-20", "year": 2018,
            "legal_basis": ["《政府信息公开条例》第十四条第二款"],
        ])
        let fourteen = try #require(linker.citations(in: old).first)
        #expect(fourteen.version == "2008-05-01")
        #expect(fourteen.provisionText?.hasPrefix("行政机关不得公开涉及国家秘密、商业秘密、个人隐私的政府信息") == true)
        #expect(fourteen.articleText?.hasPrefix("行政机关应当建立健全政府信息发布保密审查机制") == true)
    }

    @Test func leavesA2008CaseUnresolvedWithoutThe2008Regulations() throws {
        let (linker, _) = try Self.linker(with2008: false)
        let old = try Self.makeCase(["regime": "2008", "answered": "2018-02-20", "year": 2018, "legal_basis": ["《条例》第十四条"]])
        let linked = try #require(linker.citations(in: old).first)
        #expect(!linked.resolved)
        #expect(linked.version == nil)
        #expect(linked.provisionText == nil)
        // A case received and answered before 2019-05-15 without a regime field is a 2008 case too
        // (spec v1.1 reads `received` first, so the fixture's 2023 received date is replaced).
        let dated = try Self.makeCase(["regime": nil, "received": "2019-03-20", "answered": "2019-04-01", "legal_basis": ["《条例》第十四条"]])
        #expect(linker.citations(in: dated).first?.resolved == false)
    }

    @Test func resolvesItemsAndCitationsInTextFields() throws {
        let (linker, _) = try Self.linker(with2008: false)
        let record = try Self.makeCase([
            "legal_basis": ["《中华人民共和国政府信息公开条例》第三十六条第（三）项"],
            "analysis": "应当依照第三十二条书面征求第三方意见，并参照第九十九条。",
        ])
        let linked = linker.citations(in: record)
        #expect(linked.map(\.provision) == ["第三十六条第（三）项", "第三十二条", "第九十九条"])
        #expect(linked.map(\.field) == ["legal_basis[0]", "analysis", "analysis"])
        #expect(linked[0].provisionText?.hasPrefix("(三)行政机关依据本条例的规定决定不予公开的") == true)
        #expect(linked[0].articleText?.contains("(七)") == true, "the whole article is kept for course packs")
        #expect(linked[1].provisionText?.hasPrefix("依申请公开的政府信息公开会损害第三方合法权益的") == true)
        #expect(linked[1].text == "第三十二条")
        #expect(!linked[2].resolved)
    }

    @Test func findsTheCasesThatAppliedAnArticle() throws {
        let records = try [
            Self.makeCase(["id": "2023-A", "legal_basis": ["《条例》第十五条"]]),
            Self.makeCase(["id": "2023-B", "legal_basis": ["《中华人民共和国政府信息公开条例》第十五条第一款"]]),
            Self.makeCase(["id": "2023-C", "legal_basis": ["《政府信息公开条例》第十六条"]]),
            Self.makeCase(["id": "2023-D", "legal_basis": ["《治安管理处罚法》第十五条"]]),
        ]
        let linker = CitationLinker()
        #expect(linker.cases(citing: "政府信息公开条例", article: 15, in: records).map(\.id) == ["2023-A", "2023-B"])
        #expect(linker.cases(citing: "条例", article: try ArticleNumber.parse("第十五条"), in: records).count == 2)
        #expect(try ArticleNumber.parse("15") == 15)
        #expect(throws: ServiceError.self) { try ArticleNumber.parse("x") }
    }

    @Test func linksCitationsToTheirVersionOrMarksThemUnresolved() throws {
        let (linker, _) = try Self.linker(with2008: false)
        let record = try Self.makeCase(["legal_basis": ["《条例》第十五条", "《条例》第九十九条"]])
        let items = linker.citations(in: record)
        #expect(items.count == 2)
        #expect(items[0].resolved)
        #expect(items[0].version == "2019-05-15")
        #expect(!items[1].resolved)
        #expect(items[1].provisionText == nil)
    }

    @Test func groupsAliasesInTheCompilationProvisionIndex() throws {
        let records = try [
            Self.makeCase(["id": "2023-A", "legal_basis": ["《条例》第十五条"]]),
            Self.makeCase(["id": "2023-B", "legal_basis": ["《中华人民共和国政府信息公开条例》第十五条、第十六条", "《保守国家秘密法》"]]),
        ]
        let builder = CompilationBuilder(provisionResolver: StatuteProvisionResolver())
        let compilation = try builder.build(records: records, year: 2023, options: CompilationOptions(issuingOffice: "办公室"))
        #expect(compilation.provisionIndex.map(\.citation) == ["《保守国家秘密法》", "《政府信息公开条例》第十五条", "《政府信息公开条例》第十六条"])
        #expect(compilation.provisionIndex[1].caseNumbers == ["2023-01", "2023-02"])
    }
}

struct CitationTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
