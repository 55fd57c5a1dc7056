import CaseLibrary
import Foundation
import Testing
import TestSupport

@testable import CaseServices

@Suite(.enabled(if: StatuteFixture.isAvailable, StatuteFixture.absentMessage))
struct CourseBuilderTests {
    /// A resident ID number whose GB 11643 check digit is computed here: 11010519491231002 → X.
    static let idNumber: String = {
        let first17 = "11010519491231002"
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(first17.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return first17 + String(Array("10X98765432")[sum % 11])
    }()

    static func records() throws -> [Record] {
        let objects: [[String: Any]] = [
            Fixtures.trainingJSON(id: "T-2023-01", [
                "body": "依照《政府信息公开条例》第三十二条，应当书面征求第三方意见。\n思考题\n1. 第三方逾期未提出意见的，如何处理？",
            ]),
            Fixtures.caseJSON(id: "2023-XH-0001", [
                "title": "申请公开第三方意见征求书案<script>alert(1)</script>",
                "request": "申请人（身份证号\(idNumber)）申请公开第三方意见征求材料。",
                "legal_basis": ["《条例》第十五条"],
            ]),
            Fixtures.caseJSON(id: "2023-XH-0002", ["title": "草稿第三方意见案", "review": ["status": "draft", "secrecy_checked": false]]),
            Fixtures.caseJSON(id: "2023-XH-0003", ["title": "限定范围第三方意见案", "scope": "restricted"]),
        ]
        return try objects.map { try #require(Fixtures.record($0)) }
    }

    @Test func anUnknownRecordIdIsAnErrorNamingSessionAndId() throws {
        let directory = TemporaryDirectory("course")
        try StatuteFixture.install(in: directory, with2008: false)
        let records = try Self.records()
        let spec = CourseSpec(title: "专题培训", sessions: [.init(title: "第三方意见", records: ["T-missing"])])
        #expect(throws: CourseError(code: .invalidSpec, message: "课节 ‘第三方意见’：T-missing：没有这个编号的培训材料或案例")) {
            try CourseBuilder(linker: try CitationLinker.load(libraryRoot: directory.url))
                .build(spec, records: records, search: RecordTextSearch(records: records))
        }
    }

    @Test func assemblesNotesArticlesRedactedCasesAndQuestions() throws {
        let directory = TemporaryDirectory("course")
        try StatuteFixture.install(in: directory, with2008: false)
        let linker = try CitationLinker.load(libraryRoot: directory.url)
        let records = try Self.records()
        let spec = CourseSpec(title: "专题培训", audience: "业务骨干", sessions: [
            .init(title: "第三方意见", query: "第三方意见", records: ["2023-XH-0002"], articles: ["《条例》第三十六条"]),
        ])
        let course = try CourseBuilder(linker: linker).build(spec, records: records, search: RecordTextSearch(records: records))
        let session = try #require(course.sessions.first)
        #expect(session.notes.map(\.id) == ["T-2023-01"])
        #expect(session.notes[0].body == "依照《政府信息公开条例》第三十二条，应当书面征求第三方意见。")
        #expect(session.questions == ["第三方逾期未提出意见的，如何处理？"])
        #expect(session.cases.map(\.id) == ["2023-XH-0001"])
        #expect(session.articles.map(\.label) == ["第三十六条", "第十五条", "第三十二条"])
        #expect(session.articles[2].text.hasPrefix("依申请公开的政府信息公开会损害第三方合法权益的"))
        #expect(course.notices.contains { $0.contains("2023-XH-0002 未选入") })

        let rendered = CoursePack.render(course)
        let masked = ["110" + String(repeating: "\\*", count: 13) + "2X", "110*************2X"]
        for (text, mask) in zip([rendered.markdown, rendered.html], masked) {
            #expect(!text.contains(Self.idNumber))
            #expect(text.contains(mask), "masked as in the compilation")
            #expect(!text.contains("草稿第三方意见案") && !text.contains("限定范围第三方意见案"))
            #expect(text.contains("第一讲　第三方意见"))
        }
        #expect(!rendered.html.contains("<script>"))
        #expect(rendered.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(rendered.markdown.contains("\\<script\\>"))
    }
}
