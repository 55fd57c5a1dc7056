import CaseLibrary
import Foundation
import Testing
import TestSupport

@Suite struct CourseCommandTests {
    static let spec = """
        title: 依申请公开专题培训
        audience: 业务骨干
        date: 2026-12-15

        ## 第三方意见的征求
        query: 第三方意见
        records: 2023-XH-0009

        ## 历史档案类申请
        query: 历史档案
        articles: 《条例》第三十六条
        """

    static func library() throws -> TemporaryLibrary {
        let library = TemporaryLibrary()
        try library.add(Fixtures.trainingJSON(id: "T-2023-01", [
            "title": "第三方意见征求程序讲义",
            "body": "依照《政府信息公开条例》第三十二条，应当书面征求第三方意见。\n\n思考题：\n1. 第三方逾期未提出意见的，如何处理？\n2. 第三方不同意公开的理由是否合理由谁判断？",
        ]))
        try library.add(Fixtures.caseJSON(id: "2023-XH-0001", [
            "title": "申请公开邻居处罚决定书案（第三方意见）",
            "request": "申请人（身份证号\(validIDNumber())）申请公开对第三人的处罚决定书，需征求第三方意见。",
            "analysis": "本案应当征求第三方意见。<script>alert('x')</script>",
        ]))
        try library.add(Fixtures.caseJSON(id: "2023-XH-0009", [
            "title": "草稿：第三方意见未审核案", "review": ["status": "draft", "secrecy_checked": false],
        ]))
        try library.add(Fixtures.caseJSON(id: "2022-XH-0002", [
            "title": "申请查阅历史档案案", "year": 2022, "category": "历史信息类", "received": "2022-05-01", "answered": "2022-05-20",
            "request": "申请人申请公开一九八〇年代的历史档案。", "response": "无法提供", "response_detail": "本机关不掌握相关政府信息",
            "legal_basis": ["《政府信息公开条例》第三十六条第（四）项"],
        ]))
        try library.directory.write(spec, to: "course.txt")
        return library
    }

    @Test func buildsACoursePackFromASpec() throws {
        let library = try Self.library()
        let hasStatutes = try library.installStatutes()
        let index = try library.run(["index"])
        #expect(index.status == 0, "\(index.stderr)")
        let run = try library.run(["course", "build", "course.txt", "--out", "pack"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("2023-XH-0009 未选入"), "the draft named by id is reported (in Chinese), not printed")
        let markdown = try String(contentsOf: library.directory.path("pack/course.md"), encoding: .utf8)
        let html = try String(contentsOf: library.directory.path("pack/course.html"), encoding: .utf8)
        for text in [markdown, html] {
            #expect(text.contains("第一讲　第三方意见的征求"))
            #expect(text.contains("第二讲　历史档案类申请"))
            #expect(text.contains("第三方意见征求程序讲义"), "the training note")
            #expect(text.contains("应当书面征求第三方意见"))
            #expect(text.contains("申请公开邻居处罚决定书案（第三方意见）"), "the case")
            #expect(text.contains("申请查阅历史档案案"))
            #expect(text.contains("第三方逾期未提出意见的，如何处理？"), "the discussion questions")
            #expect(!text.contains("草稿：第三方意见未审核案"), "no draft case")
            #expect(!text.contains(validIDNumber()), "no raw identifier")
            if hasStatutes {
                #expect(text.contains("依申请公开的政府信息公开会损害第三方合法权益的，行政机关应当书面征求第三方的意见"), "第三十二条 in full")
                #expect(text.contains("所申请公开信息已经主动公开的"), "第三十六条 in full, not only the cited item")
            }
        }
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!markdown.contains("<script>"))
    }

    @Test func reportsABadSpecWithItsLine() throws {
        let library = try Self.library()
        try library.directory.write("title: t\n## s\nquery: q\nlimit: many\n", to: "bad.txt")
        let run = try library.run(["course", "build", "bad.txt", "--out", "pack"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.txt:4: limit 应为 1 到"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: library.directory.path("pack").path))
    }

    @Test func buildsTheShippedExampleSpec() throws {
        let library = try Self.library()
        let example = ProjectPaths.root.appendingPathComponent("Cases/courses/third-party-and-archives.course.md")
        let run = try library.run(["course", "build", example.path, "--out", "pack"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("没有索引"), "without an index a plain word search is used")
        let markdown = try String(contentsOf: library.directory.path("pack/course.md"), encoding: .utf8)
        #expect(markdown.contains("申请公开邻居处罚决定书案（第三方意见）"))
    }
}
