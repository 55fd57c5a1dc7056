import CaseLibrary
import Foundation
import Testing
import TestSupport

@testable import CaseServices

/// A course prints each note, article, case and question once and refers back to it later.
struct CourseRepeatTests {
    static let note = """
        申请公开的信息涉及个人隐私时，应当书面征求第三方意见。
        依照《政府信息公开条例》第三十二条，第三方应在十五个工作日内提出意见。
        在旧条例下，《中华人民共和国政府信息公开条例》第二十三条要求书面征求第三方意见。
        思考题
        1. 第三方逾期未答复的，行政机关应当如何作出决定？
        """

    static func records() throws -> [Record] {
        try [
            #require(Fixtures.record(Fixtures.trainingJSON(id: "T-2023-01", ["title": "第三方意见征求程序", "body": note, "date": "2023-05-01"]))),
            #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0001", ["title": "申请公开邻居处罚决定书案"]))),
        ]
    }

    /// Two sessions naming the same note and case; the second adds an article of its own.
    static func repeatingCourse(linker: CitationLinker = CitationLinker()) throws -> Course {
        let spec = CourseSpec(title: "专题培训", date: "2026-12-15", sessions: [
            .init(title: "第三方意见", records: ["T-2023-01", "2023-XH-0001"]),
            .init(title: "再谈第三方意见", records: ["T-2023-01", "2023-XH-0001"], articles: ["《政府信息公开条例》第十五条"]),
        ])
        let records = try records()
        return try CourseBuilder(linker: linker).build(spec, records: records, search: RecordTextSearch(records: records))
    }

    @Test func repeatedMaterialIsPrintedOnceAndReferredBack() throws {
        let course = try Self.repeatingCourse()
        let first = course.sessions[0]
        let second = course.sessions[1]
        #expect(first.notes.map(\.id) == ["T-2023-01"])
        #expect(first.cases.map(\.id) == ["2023-XH-0001"])
        #expect(first.questions.count == 1)
        #expect(second.notes.isEmpty && second.cases.isEmpty && second.questions.isEmpty)
        #expect(second.references.map(\.kind) == [.note, .case])
        #expect(second.references.allSatisfy { $0.session == 1 })
        let rendered = CoursePack.render(course)
        #expect(rendered.markdown.contains("另见：[第三方意见征求程序](#note-T-2023-01)（见第一讲）"))
        #expect(rendered.html.contains("<a href=\"#note-T-2023-01\">第三方意见征求程序</a>（见第一讲）"))
        #expect(rendered.html.contains("id=\"note-T-2023-01\""))
        let questions = rendered.markdown.components(separatedBy: "第三方逾期未答复的").count - 1
        #expect(questions == 1, "the question is printed once")
    }
}

/// Articles in course packs follow spec v1.1: 旧条例 in a note never prints the 2019 text.
@Suite(.enabled(if: StatuteFixture.isAvailable, StatuteFixture.absentMessage))
struct CourseArticleVersionTests {
    @Test func anOldRegulationsCitationIsNotPrintedWithThe2019Text() throws {
        let directory = TemporaryDirectory("course-versions")
        try StatuteFixture.install(in: directory, with2008: false)
        let course = try CourseRepeatTests.repeatingCourse(linker: try CitationLinker.load(libraryRoot: directory.url))
        let printed = course.sessions.flatMap(\.articles)
        #expect(printed.contains { $0.label == "第三十二条" && $0.version == "2019-05-15" })
        #expect(!printed.contains { $0.label == "第二十三条" }, "2019 §23 (信息发布机制) must not stand for 旧条例 §23")
        let html = CoursePack.render(course).html
        #expect(!html.contains("行政机关应当建立健全政府信息发布机制"))
        // An article printed in session 1 and listed again in session 2 is referred back to.
        let withArticle = try CourseBuilder(linker: try CitationLinker.load(libraryRoot: directory.url)).build(
            CourseSpec(title: "培训", sessions: [
                .init(title: "一", articles: ["《条例》第十五条"]), .init(title: "二", articles: ["《条例》第十五条", "《条例》第三十二条"]),
            ]), records: [], search: RecordTextSearch(records: []))
        #expect(withArticle.sessions[1].articles.map(\.label) == ["第三十二条"])
        #expect(withArticle.sessions[1].references.map(\.title) == ["《中华人民共和国政府信息公开条例》第十五条"])
    }
}
