import CaseLibrary
import TestSupport
import Testing

@Suite("Record files: the text form round-trips")
struct RecordFileTests {
    private func roundTrip(_ object: [String: Any]) throws {
        let record = try #require(Fixtures.record(object))
        let text = RecordFile.render(record)
        let parsed = RecordFileParser.parse(text)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        let again = try #require(parsed.record)
        #expect(again == record)
        #expect(RecordFile.render(again) == text, "second write must be byte-identical")
    }

    @Test func caseRoundTrips() throws { try roundTrip(Fixtures.caseJSON(["tags": ["第三方", "处罚决定书"], "scope": "restricted"])) }
    @Test func outcomeRoundTrips() throws { try roundTrip(Fixtures.outcomeJSON()) }
    @Test func trainingRoundTrips() throws { try roundTrip(Fixtures.trainingJSON(["cases": ["2023-XH-0001"]])) }

    @Test func awkwardTextRoundTrips() throws {
        try roundTrip(Fixtures.caseJSON([
            "title": "  前导空格与\n换行的标题", "unit": "\"引号开头\"",
            "request": "## 看起来像标题的一行\n\\反斜杠开头\n\n\n中间空行\n", "analysis": "", "consultation": "\n前后换行\n",
            "tags": [], "legal_basis": ["", "  条款 "], "response_note": "[]",
        ]))
    }

    @Test func fileLooksLikeTheDocumentedFormat() throws {
        let record = try #require(Fixtures.record(Fixtures.caseJSON()))
        let text = RecordFile.render(record)
        #expect(text.hasPrefix("id: 2023-XH-0001\nkind: case\ntitle: 申请公开对第三人的行政处罚决定书案\n"))
        #expect(text.contains("legal_basis:\n  - 《政府信息公开条例》第十五条\n"))
        #expect(text.contains("review.status: reviewed\n"))
        #expect(text.contains("\n## request\n\n申请人张某"))
    }

    @Test func problemsCarryTheirLineNumbers() throws {
        let text = """
            id: 2023-XH-0001
            kind: case
            title: 标题
            year: 二〇二三
            unit: 徐汇分局
            applicant_type: 自然人
            category: 行政处罚类
            response: 予以公开
            review.status: reviewed
            review.secrecy_checked: maybe

            ## request

            内容
            """
        let parsed = RecordFileParser.parse(text)
        #expect(parsed.record == nil)
        let lines = Dictionary(parsed.problems.map { ($0.problem.field ?? "", $0.line) }, uniquingKeysWith: { a, _ in a })
        #expect(lines["year"] == 4)
        #expect(lines["review.secrecy_checked"] == 10)
    }

    @Test func aLineThatIsNotKeyValueIsReported() {
        let parsed = RecordFileParser.parse("id: x\nthis line has no colon\n")
        #expect(parsed.problems.contains { $0.line == 2 && $0.problem.message == "应为“键: 值”格式，实为 \"this line has no colon\"" })
    }

    @Test func duplicateKeysAreReported() {
        let parsed = RecordFileParser.parse("id: a\nid: b\nkind: case\n")
        #expect(parsed.problems.contains { $0.line == 2 && $0.problem.message == "字段重复出现" })
    }

    @Test func crlfAndBOMAreAccepted() throws {
        let record = try #require(Fixtures.record(Fixtures.trainingJSON()))
        let windows = "\u{FEFF}" + RecordFile.render(record).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(RecordFileParser.parse(windows).record == record)
    }
}
