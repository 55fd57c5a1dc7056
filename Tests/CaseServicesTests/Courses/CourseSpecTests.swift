import CaseLibrary
import Testing

@testable import CaseServices

@Suite struct CourseSpecTests {
    static let text = """
        # a comment
        title: 专题培训
        audience: 业务骨干
        date: 2026-12-15

        ## 第三方意见
        query: 第三方意见
        records: T-2023-01, 2023-XH-0001，2023-XH-0002
        records: 2023-XH-0003
        articles: 《条例》第三十二条
        limit: 2

        ## 历史档案
        query：历史档案
        """

    /// Regression: a spec of 3,000 sessions held a server worker for minutes.
    @Test func aCourseMayNotHaveMoreSessionsOrItemsThanAPackCanServe() throws {
        let sessions = (0...CourseSpec.maxSessions).map { JSONValue.object([("title", .string("第\($0)讲")), ("query", .string("档案"))]) }
        let tooMany = JSONValue.object([("title", .string("课程")), ("sessions", .array(sessions))])
        #expect(throws: CourseError.self) { try CourseSpec(json: tooMany) }
        let ids = (0...CourseSpec.maxItemsPerSession).map { JSONValue.string("T-\($0)") }
        let crowded = JSONValue.object([("title", .string("课程")), ("sessions", .array([.object([("title", .string("一")), ("records", .array(ids))])]))])
        #expect(throws: CourseError.self) { try CourseSpec(json: crowded) }
        let fine = JSONValue.object([("title", .string("课程")), ("sessions", .array(Array(sessions.prefix(CourseSpec.maxSessions))))])
        #expect(try CourseSpec(json: fine).sessions.count == CourseSpec.maxSessions)
    }

    @Test func readsTheTextForm() throws {
        let spec = try CourseSpec(parsing: Self.text, source: "c.md")
        #expect(spec.title == "专题培训")
        #expect(spec.audience == "业务骨干")
        #expect(spec.date == "2026-12-15")
        #expect(spec.sessions.map(\.title) == ["第三方意见", "历史档案"])
        #expect(spec.sessions[0].records == ["T-2023-01", "2023-XH-0001", "2023-XH-0002", "2023-XH-0003"])
        #expect(spec.sessions[0].articles == ["《条例》第三十二条"])
        #expect(spec.sessions[0].limit == 2)
        #expect(spec.sessions[1].query == "历史档案")
        #expect(spec.sessions[1].limit == CourseSpec.defaultLimit)
    }

    @Test func namesTheLineOfAMistake() {
        func message(_ text: String) -> String {
            do { _ = try CourseSpec(parsing: text, source: "c.md") } catch { return error.message }
            return ""
        }
        #expect(message("title: t\n\n## s\nquery: q\nlimt: 3\n") == "c.md:5: 不认识的课节键 ‘limt’（可用：query、records、articles、limit）")
        #expect(message("title: t\n## s\nlimit: 0\n").hasPrefix("c.md:3: limit 应为 1 到"))
        #expect(message("title: t\n## empty\n## s\nquery: q\n") == "c.md:2: 课节 ‘empty’ 没有指定材料：请填写 query、records 或 articles")
        #expect(message("## s\nquery: q\n") == "c.md: 课程需要名称（title）")
        #expect(message("title: t\ndate: 2026-13-01\n## s\nquery: q\n").contains("日期应写作 YYYY-MM-DD"))
        #expect(message("title: t\n") == "c.md: 课程至少需要一个课节（‘## 课节名称’）")
    }

    @Test func readsTheJSONForm() throws {
        let json = try JSONParser.parse("""
            {"title": "专题培训", "audience": "新警培训", "sessions": [
              {"title": "第三方意见", "query": "第三方意见", "records": ["T-2023-01"], "limit": 4},
              {"title": "条文", "articles": ["《条例》第十五条"]}]}
            """)
        let spec = try CourseSpec(json: json)
        #expect(spec.title == "专题培训")
        #expect(spec.date == nil)
        #expect(spec.sessions[0] == CourseSpec.Session(title: "第三方意见", query: "第三方意见", records: ["T-2023-01"], limit: 4))
        #expect(spec.sessions[1].articles == ["《条例》第十五条"])

        let unknown = try JSONParser.parse(#"{"title": "t", "sessions": [{"title": "s", "query": "q", "max": 3}]}"#)
        #expect(throws: CourseError.self) { try CourseSpec(json: unknown) }
        do { _ = try CourseSpec(json: unknown) } catch {
            #expect(error.message.contains("sessions[0]：不认识的成员 ‘max’"))
            #expect(error.serviceError.code == "invalid_input")
        }
    }
}

@Suite struct DiscussionQuestionsTests {
    @Test func takesTheLinesAfterTheLastHeading() {
        let body = "讲义正文。\n第二段。\n\n三、思考题：\n1. 第三方逾期不答复怎么办？\n（2）能否部分公开？\n\n- 档案移交后由谁答复？"
        let (text, questions) = DiscussionQuestions.split(body)
        #expect(text == "讲义正文。\n第二段。")
        #expect(questions == ["第三方逾期不答复怎么办？", "能否部分公开？", "档案移交后由谁答复？"])
        #expect(DiscussionQuestions.split("没有思考题的讲义。").questions.isEmpty)
        #expect(DiscussionQuestions.split("## 思考题\n为什么？").questions == ["为什么？"])
    }
}
