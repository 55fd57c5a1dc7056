import CaseLibrary
import Foundation
import Testing
import TestSupport

@testable import CaseServices

/// Spec v1.1, “Which statute version a citation means”: the record's date, overridden by 旧条例 /
/// 新条例 in the text; a version the library lacks is unresolved, never another version's text.
@Suite(.enabled(if: StatuteFixture.isAvailable, StatuteFixture.absentMessage))
struct CitationVersionTests {
    static let thirdPartyNote = """
        在旧条例下，《中华人民共和国政府信息公开条例》第二十三条要求书面征求第三方意见。新条例第三十二条进一步规定第三方应在十五个工作日内提出意见。
        """

    static func training(_ body: String, date: String?) throws -> Record {
        try #require(Fixtures.record(Fixtures.trainingJSON(["date": date, "body": body])))
    }

    @Test func oldRegulationsNamedInTheTextAreUnresolvedWithoutThe2008Version() throws {
        let (linker, _) = try CitationLinkerTests.linker(with2008: false)
        // T-2018-01: 旧条例…第二十三条 must not print 2019 §23 (信息发布机制).
        let linked = linker.citations(in: try Self.training(Self.thirdPartyNote, date: "2018-10-15"))
        #expect(linked.map(\.provision) == ["第二十三条", "第三十二条"])
        #expect(!linked[0].resolved)
        #expect(linked[0].versionHint == .earlier)
        #expect(linked[0].provisionText == nil && linked[0].articleText == nil && linked[0].version == nil)
        #expect(linked[1].resolved, "新条例 means the 2019 version even in a 2018 text")
        #expect(linked[1].version == "2019-05-15")
        #expect(linked[1].versionHint == .later)
    }

    @Test func oldRegulationsNamedInTheTextResolveToThe2008VersionWhenImported() throws {
        let (linker, _) = try CitationLinkerTests.linker(with2008: true)
        // Even a 2023 text saying 旧条例 means the 2008 version.
        let linked = linker.citations(in: try Self.training(Self.thirdPartyNote, date: "2023-01-01"))
        #expect(linked[0].version == "2008-05-01")
        #expect(linked[0].provisionText?.hasPrefix("行政机关认为申请公开的政府信息涉及商业秘密") == true)
        #expect(linked[1].version == "2019-05-15")
    }

    @Test func aTrainingRecordDatedBeforeEveryVersionIsUnresolved() throws {
        let (linker, _) = try CitationLinkerTests.linker(with2008: false)
        // T-2017-01: §25 / §21 of a 2017 note mean the 2008 Regulations, which are not imported.
        let note = try Self.training("《中华人民共和国政府信息公开条例》第二十五条要求出示有效身份证件。依照《中华人民共和国政府信息公开条例》第二十一条，告知获取方式。", date: "2017-03-20")
        let linked = linker.citations(in: note)
        #expect(linked.map(\.provision) == ["第二十五条", "第二十一条"])
        #expect(linked.allSatisfy { !$0.resolved && $0.versionHint == nil })
        // Undated material reads the latest version.
        #expect(linker.citations(in: try Self.training("《条例》第二十五条", date: nil)).first?.version == "2019-05-15")
    }

    @Test func aMarkerCoversTheListItIntroducesAndEndsWithTheSentence() throws {
        let (linker, _) = try CitationLinkerTests.linker(with2008: false)
        // T-2020-02: 旧条例第十三条、第二十五条; then a new sentence falls back to the date (2020 → 2019 version).
        let note = try Self.training("旧条例第十三条、第二十五条为其提供了依据。依照《政府信息公开条例》第二十七条提出申请。", date: "2020-03-16")
        let linked = linker.citations(in: note)
        #expect(linked.map(\.provision) == ["第十三条", "第二十五条", "第二十七条"])
        #expect(linked.map(\.versionHint) == [.earlier, .earlier, nil])
        #expect(linked.map(\.resolved) == [false, false, true])
    }

    @Test func regulationMarkersDoNotApplyToOtherLaws() {
        let parser = CitationParser()
        let text = "新条例施行后，依照《行政诉讼法》第四十九条起诉；修订前的《行政复议法》第九条另有规定。"
        let citations = parser.citations(in: text)
        #expect(citations.map(\.canonicalLaw) == ["行政诉讼法", "行政复议法"])
        #expect(citations.map(\.versionHint) == [nil, .earlier])
    }

    @Test func aCaseIsReadAtItsReceivedDateUnlessItsRegimeSays() throws {
        let (linker, _) = try CitationLinkerTests.linker(with2008: true)
        func version(_ overrides: [String: Any?]) throws -> String? {
            let record = try CitationLinkerTests.makeCase(overrides.merging(["legal_basis": ["《条例》第十四条"]]) { $1 })
            return linker.citations(in: record).first?.version
        }
        // Received before 2019-05-15, answered after: the received date decides.
        #expect(try version(["regime": nil, "received": "2019-05-01", "answered": "2019-05-20", "year": 2019]) == "2008-05-01")
        #expect(try version(["regime": nil, "received": nil, "answered": "2019-05-20", "year": 2019]) == "2019-05-15", "else answered")
        // An explicit regime wins over the dates.
        #expect(try version(["regime": "2019", "received": "2019-05-01", "answered": "2019-05-20", "year": 2019]) == "2019-05-15")
        #expect(try version(["regime": nil, "received": nil, "answered": nil, "year": 2018]) == "2008-05-01", "1 July of the year")
    }

    @Test func anOutcomeIsReadAtItsCaseDate() throws {
        let (linker, _) = try CitationLinkerTests.linker(with2008: true)
        let old = try CitationLinkerTests.makeCase(["regime": "2008", "received": "2018-02-01", "answered": "2018-02-20", "year": 2018])
        let outcome = try #require(Fixtures.record(Fixtures.outcomeJSON(caseID: old.id, [
            "date": "2019-09-01", "summary": "被申请人依照《政府信息公开条例》第二十三条书面征求了第三方意见。",
        ])))
        #expect(linker.citations(in: outcome, case: old).first?.version == "2008-05-01")
        #expect(linker.citations(in: outcome).first?.version == "2019-05-15", "without its case, the outcome's own date")
    }
}
