import CaseLibrary
import Foundation
import Testing
import TestSupport

@testable import CaseServices

/// The 编写说明: what was selected, who reviewed it and when, what was masked, who edited it.
struct CompilationPrefaceTests {
    static func reviewedCase(_ id: String, reviewer: String?, date: String, request: String = "申请人张某申请公开处罚决定书。") throws -> Record {
        var review: [String: Any] = ["status": "reviewed", "date": date, "secrecy_checked": true]
        if let reviewer { review["reviewer"] = reviewer }
        return try #require(Fixtures.record(Fixtures.caseJSON(id: id, ["review": review, "request": request])))
    }

    @Test func statesSelectionReviewersPeriodRedactionAndEditor() throws {
        let records = try [
            Self.reviewedCase("2023-XH-0001", reviewer: "法制支队审核员", date: "2023-04-01"),
            Self.reviewedCase("2023-XH-0002", reviewer: "法制支队审核员", date: "2023-06-15", request: "申请人王建国申请公开。"),
            Self.reviewedCase("2023-XH-0003", reviewer: "分局法制科审核员", date: "2023-05-02"),
            try #require(Fixtures.record(Fixtures.caseJSON(id: "2023-XH-0004", ["review": ["status": "draft", "secrecy_checked": false]]))),
        ]
        let options = CompilationOptions(issuingOffice: "某市公安局", redact: true, editor: "市局法制支队政府信息公开科")
        let compilation = try CompilationBuilder().build(records: records, year: 2023, options: options)
        let text = compilation.preface.paragraphs.joined(separator: "\n")
        #expect(text.contains("本汇编收录2023年度受理的疑难申请案例3件，从本库同年度4件案例中选出"))
        #expect(text.contains("审核人：法制支队审核员（2件）、分局法制科审核员（1件）。"))
        #expect(text.contains("审核日期：2023-04-01至2023-06-15。"))
        #expect(text.contains("共遮盖个人信息1处（姓名1处）"))
        #expect(text.contains("本汇编由市局法制支队政府信息公开科编写。"))
        let html = HTMLRenderer().render(compilation)
        #expect(html.contains("<section class=\"preface\" id=\"preface\">"))
        #expect(html.contains("<a href=\"#preface\">编写说明</a>"))
        let plain = CompilationPreface(year: 2023, yearCases: [], selected: [], corrected: 0, findings: [],
                                       options: CompilationOptions(issuingOffice: "某市公安局"))
        #expect(plain.paragraphs.last == "五、编写。本汇编由某市公安局编写。", "the office when no editor is configured")
    }

    @Test func theEditorComesFromCompilationConf() throws {
        let directory = TemporaryDirectory("conf")
        try directory.write("office = 某市公安局\neditor = 法制支队\n", to: "compilation.conf")
        let options = try CompilationConfig.load(libraryRoot: directory.url).options()
        #expect(options.editor == "法制支队")
        try directory.write("office = 某市公安局\nauthor = 张三\n", to: "compilation.conf")
        #expect(throws: CompilationError.self) { try CompilationConfig.load(libraryRoot: directory.url) }
    }
}
