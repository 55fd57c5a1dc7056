import CaseLibrary
import Foundation

/// What a course pack contains: a title, its audience and date, and sessions, each naming its
/// material by a search query, by record ids and by statute articles.
///
/// The text form (a file in `Cases/courses/`, see `Cases/courses/README.md`):
///
///     title: 依申请公开疑难问题专题培训
///     audience: 业务骨干
///     date: 2026-12-15
///
///     ## 第三方意见的征求
///     query: 第三方意见
///     records: T-2023-01, 2023-XH-0001
///     articles: 《政府信息公开条例》第三十二条
///     limit: 3
///
/// The JSON form: `{"title", "audience"?, "date"?, "sessions": [{"title", "query"?, "records"?: [...],
/// "articles"?: [...], "limit"?}]}`.
public struct CourseSpec: Sendable, Equatable {
    /// One session (one teaching unit).
    public struct Session: Sendable, Equatable {
        /// The session's title.
        public var title: String
        /// A query in the search language; its training and case hits are used.
        public var query: String?
        /// Record ids (training material or cases) always used, in order.
        public var records: [String]
        /// Statute citations printed in full besides those of the records (`《条例》第十五条`).
        public var articles: [String]
        /// The most query hits used per kind (training material, cases).
        public var limit: Int

        /// Makes a session.
        public init(title: String, query: String? = nil, records: [String] = [], articles: [String] = [], limit: Int = CourseSpec.defaultLimit) {
            self.title = title
            self.query = query
            self.records = records
            self.articles = articles
            self.limit = limit
        }
    }

    /// Query hits used per kind when a session sets no `limit`.
    public static let defaultLimit = 3
    /// The largest `limit` accepted.
    public static let maxLimit = 50
    /// The most sessions a course may have: a course pack is read by people (a term's training fits
    /// easily), and every session runs searches, so a spec may not tie a server worker up for minutes.
    public static let maxSessions = 40
    /// The most records or articles one session may list.
    public static let maxItemsPerSession = 100

    /// The course title.
    public var title: String
    /// Who it is for (e.g. 新警培训, 业务骨干).
    public var audience: String?
    /// The date of the course (`YYYY-MM-DD`); statutes cited by the spec itself resolve to the
    /// version in force on it.
    public var date: String?
    /// The sessions, in teaching order.
    public var sessions: [Session]

    /// Makes a spec.
    public init(title: String, audience: String? = nil, date: String? = nil, sessions: [Session]) {
        self.title = title
        self.audience = audience
        self.date = date
        self.sessions = sessions
    }

    /// Reads the text form.
    /// - Parameters:
    ///   - text: the spec.
    ///   - source: a name for messages (the file's path).
    /// - Throws: `CourseError` (`invalidSpec`) naming the source and line.
    public init(parsing text: String, source: String = "course") throws(CourseError) {
        var header: [String: String] = [:]
        var sessions: [Session] = []
        var sessionLine = 0
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") {
                let title = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
                guard !title.isEmpty else { throw .spec(source, number, "课节需要名称：‘## ’ 后应写课节名称") }
                if let last = sessions.last { try Self.check(last, source: source, line: sessionLine) }
                sessions.append(Session(title: title))
                sessionLine = number
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                throw .spec(source, number, "应写作 ‘键: 值’，收到 ‘\(line.prefix(40))’")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if sessions.isEmpty {
                guard ["title", "audience", "date"].contains(key) else {
                    throw .spec(source, number, "第一个课节之前有不认识的键 ‘\(key)’（可用：title、audience、date）")
                }
                header[key] = value
            } else {
                try Self.set(key, value, in: &sessions[sessions.count - 1], source: source, line: number)
            }
        }
        if let last = sessions.last { try Self.check(last, source: source, line: sessionLine) }
        try self.init(checkedTitle: header["title"], audience: header["audience"], date: header["date"], sessions: sessions, source: source)
    }

    private init(checkedTitle title: String?, audience: String?, date: String?, sessions: [Session], source: String) throws(CourseError) {
        guard let title, !title.isEmpty else { throw .spec(source, nil, "课程需要名称（title）") }
        if let date, !CalendarDate.isValid(date) { throw .spec(source, nil, "date：日期应写作 YYYY-MM-DD，收到 ‘\(date)’") }
        guard !sessions.isEmpty else { throw .spec(source, nil, "课程至少需要一个课节（‘## 课节名称’）") }
        guard sessions.count <= Self.maxSessions else {
            throw .spec(source, nil, "课程最多 \(Self.maxSessions) 个课节，此课程有 \(sessions.count) 个")
        }
        self.init(title: title, audience: audience.flatMap { $0.isEmpty ? nil : $0 }, date: date, sessions: sessions)
    }

    private static func set(_ key: String, _ value: String, in session: inout Session, source: String, line: Int) throws(CourseError) {
        switch key {
        case "query": session.query = value.isEmpty ? nil : value
        case "records":
            session.records += value.split { ",，、 \t".contains($0) }.map(String.init)
        case "articles": if !value.isEmpty { session.articles.append(value) }
        case "limit":
            guard let limit = Int(value), (1...maxLimit).contains(limit) else {
                throw .spec(source, line, "limit 应为 1 到 \(maxLimit) 之间的整数，收到 ‘\(value)’")
            }
            session.limit = limit
        default: throw .spec(source, line, "不认识的课节键 ‘\(key)’（可用：query、records、articles、limit）")
        }
    }

    private static func check(_ session: Session, source: String, line: Int?) throws(CourseError) {
        if session.query == nil && session.records.isEmpty && session.articles.isEmpty {
            throw .spec(source, line, "课节 ‘\(session.title)’ 没有指定材料：请填写 query、records 或 articles")
        }
        if session.records.count > maxItemsPerSession || session.articles.count > maxItemsPerSession {
            throw .spec(source, line, "课节 ‘\(session.title)’ 列出的记录或条文超过 \(maxItemsPerSession) 个")
        }
    }

    /// Reads the JSON form (the body of `POST /api/courses`); unknown members are errors.
    /// - Throws: `CourseError` (`invalidSpec`) naming the member.
    public init(json: JSONValue) throws(CourseError) {
        let source = "课程 JSON"
        guard let members = json.objectMembers else { throw .spec(source, nil, "应为 JSON 对象") }
        try Self.checkKeys(members, ["title", "audience", "date", "sessions"], at: "course")
        guard case let .array(items)? = json["sessions"] else { throw .spec(source, nil, "sessions：应为数组") }
        var sessions: [Session] = []
        for (index, item) in items.enumerated() {
            let path = "sessions[\(index)]"
            guard let sessionMembers = item.objectMembers else { throw .spec(source, nil, "\(path)：应为 JSON 对象") }
            try Self.checkKeys(sessionMembers, ["title", "query", "records", "articles", "limit"], at: path)
            guard let title = item["title"]?.stringValue, !title.isEmpty else { throw .spec(source, nil, "\(path).title：应为字符串") }
            var session = Session(title: title, query: try Self.string(item["query"], at: "\(path).query"))
            session.records = try Self.strings(item["records"], at: "\(path).records")
            session.articles = try Self.strings(item["articles"], at: "\(path).articles")
            if let limit = item["limit"] {
                guard let value = limit.intValue, (1...Self.maxLimit).contains(value) else {
                    throw .spec(source, nil, "\(path).limit：应为 1 到 \(Self.maxLimit) 之间的整数")
                }
                session.limit = value
            }
            try Self.check(session, source: source, line: nil)
            sessions.append(session)
        }
        try self.init(
            checkedTitle: try Self.string(json["title"], at: "title"), audience: try Self.string(json["audience"], at: "audience"),
            date: try Self.string(json["date"], at: "date"), sessions: sessions, source: source)
    }

    /// Reads a spec file.
    /// - Throws: `CourseError` (`ioFailed` when unreadable, else `invalidSpec`).
    public static func load(from url: URL, displayPath: String? = nil) throws(CourseError) -> CourseSpec {
        let name = displayPath ?? url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CourseError(code: .ioFailed, message: "无法读取课程说明 \(name)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .spec(name, nil, "不是有效的 UTF-8 文本") }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
            do { return try CourseSpec(json: try JSONParser.parse(text)) } catch let error as CourseError { throw error } catch {
                throw .spec(name, nil, "\(error)")
            }
        }
        return try CourseSpec(parsing: text, source: name)
    }

    private static func checkKeys(_ members: [(String, JSONValue)], _ known: [String], at path: String) throws(CourseError) {
        if let unknown = members.first(where: { !known.contains($0.0) }) {
            throw .spec("课程 JSON", nil, "\(path)：不认识的成员 ‘\(unknown.0)’（可用：\(known.joined(separator: "、"))）")
        }
    }

    private static func string(_ value: JSONValue?, at path: String) throws(CourseError) -> String? {
        guard let value, value != .null else { return nil }
        guard let text = value.stringValue else { throw .spec("课程 JSON", nil, "\(path)：应为字符串") }
        return text
    }

    private static func strings(_ value: JSONValue?, at path: String) throws(CourseError) -> [String] {
        guard let value, value != .null else { return [] }
        guard case let .array(items) = value else { throw .spec("课程 JSON", nil, "\(path)：应为字符串数组") }
        var out: [String] = []
        for item in items {
            guard let text = item.stringValue else { throw .spec("课程 JSON", nil, "\(path)：应为字符串数组") }
            out.append(text)
        }
        return out
    }
}
