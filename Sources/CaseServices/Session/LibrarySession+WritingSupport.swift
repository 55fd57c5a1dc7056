import CaseIndex
import CaseLibrary
import Foundation

extension LibrarySession {
    /// The record a JSON body describes.
    func decode(_ json: JSONValue) throws -> Record {
        let outcome = RecordDecoder.decode(json)
        guard let record = outcome.record, outcome.problems.isEmpty else {
            let problems = outcome.problems.map { problem in problem.field.map { "'\($0)'：\(problem.message)" } ?? problem.message }
            throw ServiceError.badInput(problems.isEmpty ? "记录无效" : problems.joined(separator: "；"))
        }
        return record
    }

    func requireRight(_ right: Right) throws {
        guard viewer.may(right) else { throw ServiceError.forbidden("当前角色（\(viewer.role.label)）无权执行此操作") }
    }

    func requireAuthorOrReviewer(_ current: StoredVersion) throws {
        guard viewer.may(.review) || current.history.creator == viewer.name else {
            throw ServiceError.forbidden("只能提交或修改自己添加的记录")
        }
    }

    /// An outcome's case and a training record's cases must be in the library (and visible to the caller).
    func checkReferences(_ record: Record) throws {
        let wanted = record.kind == .outcome ? record.caseID.map { [$0] } ?? [] : record.list("cases")
        for id in wanted {
            let field = record.kind == .outcome ? "case" : "cases"
            guard let found = try? storedVersion(id: id), found.record.kind == .case else {
                throw ServiceError.badInput("'\(field)'：案例 \(id) 不存在")
            }
        }
    }

    /// Record `id` as stored, if the caller may see it (and, when `forEditing`, may change it).
    func editable(id: String, forReview: Bool = false, forEditing: Bool = true) throws -> StoredVersion {
        guard RecordDecoder.isValidID(id) else { throw ServiceError.badInput("'id'：记录编号应为 1–64 个字母、数字、‘-’、‘_’ 或 ‘.’") }
        let root = library.folder.root
        for kind in RecordKind.allCases {
            let url = root.appendingPathComponent(RecordFile.relativePath(kind: kind, id: id))
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            guard let text = String(data: data, encoding: .utf8), let record = RecordFileParser.parse(text).record else {
                throw ServiceError.refused("记录文件 \(id) 无法读取：请先运行 caselib validate")
            }
            let history = RecordHistory.read(id: id, root: root)
            let version = StoredVersion(record: record, etag: "\"\(SHA256.hex(data))\"", history: history)
            let mine = history.creator == viewer.name
            // Visible as indexed (an outcome waiting for approval is indexed hidden).
            guard viewer.mayReadHidden || isVisible(record) || mine else { break }
            if forEditing, !forReview { try requireAuthorOrReviewer(version) }
            return version
        }
        throw ServiceError.notFound("没有编号为 \(id) 的记录")
    }

    func checkVersion(_ current: StoredVersion, _ ifMatch: String?) throws {
        guard let ifMatch = ifMatch?.trimmingCharacters(in: .whitespaces), !ifMatch.isEmpty else {
            throw ServiceError.versionRequired("修改记录须在 If-Match 头中提供读取时的 ETag，以免覆盖他人的修改")
        }
        let given = ifMatch.hasPrefix("W/") ? String(ifMatch.dropFirst(2)) : ifMatch
        guard given == current.etag || given == "*" else {
            throw ServiceError.stale("记录 \(current.record.id) 已被他人修改：请重新读取后再改")
        }
    }

    /// Writes `record`, appends `events` to its history and brings the index up to date — or, when
    /// any step fails, puts the file and the history back as they were.
    func write(_ record: Record, replacing current: StoredVersion?, events: [RecordHistory.Action]) throws -> StoredVersion {
        try write(record, replacing: current, events: events.map(event))
    }

    func write(_ record: Record, replacing current: StoredVersion?, events: [RecordHistory.Event]) throws -> StoredVersion {
        try LibraryWriteGate.run {
            let root = library.folder.root
            let path = root.appendingPathComponent(RecordFile.relativePath(kind: record.kind, id: record.id))
            let historyPath = root.appendingPathComponent(RecordHistory.relativePath(id: record.id))
            if current == nil, RecordKind.allCases.contains(where: {
                FileManager.default.fileExists(atPath: root.appendingPathComponent(RecordFile.relativePath(kind: $0, id: record.id)).path)
            }) {
                throw ServiceError.conflict("编号 \(record.id) 已被占用")
            }
            let savedRecord = FileManager.default.contents(atPath: path.path)
            let savedHistory = FileManager.default.contents(atPath: historyPath.path)
            func restore() {
                if let savedRecord { try? AtomicFile.write(savedRecord, to: path) } else { try? FileManager.default.removeItem(at: path) }
                if let savedHistory { try? AtomicFile.write(savedHistory, to: historyPath) } else { try? FileManager.default.removeItem(at: historyPath) }
            }
            do {
                _ = try library.folder.write(record)
                for event in events { try RecordHistory.append(event, id: record.id, root: root) }
                try reindex()
            } catch {
                restore()
                try? reindex()
                if let problem = error as? RecordProblem { throw ServiceError.badInput(problem.description) }
                throw error
            }
            let data = FileManager.default.contents(atPath: path.path) ?? Data()
            return StoredVersion(record: record, etag: "\"\(SHA256.hex(data))\"", history: RecordHistory.read(id: record.id, root: root))
        }
    }

    /// Brings the index up to date and makes this thread's reader see it at once.
    func reindex() throws {
        var attempt = 0
        while true {
            do {
                _ = try library.updateIndex()
                break
            } catch let error as IndexError where error.code == .databaseLocked && attempt < 20 {
                // Another process (a `caselib index` run) may hold the index's lock for a moment.
                attempt += 1
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        workspace.refreshIfDue(force: true)
    }

    /// Where a record stands in review: a case's review status; an outcome added through the
    /// service is `submitted` until approved, `rejected` after a refusal, else `reviewed`.
    static func state(of record: Record, history: RecordHistory) -> String {
        if record.kind == .case { return (record.review ?? .draft).rawValue }
        guard let last = history.events.last(where: { $0.action != .delete })?.action else { return ReviewStatus.reviewed.rawValue }
        switch last {
        case .approve: return ReviewStatus.reviewed.rawValue
        case .reject: return ReviewStatus.rejected.rawValue
        case .create, .update: return record.kind == .outcome ? ReviewStatus.draft.rawValue : ReviewStatus.reviewed.rawValue
        case .submit: return ReviewStatus.submitted.rawValue
        case .delete: return ReviewStatus.draft.rawValue
        }
    }

    func event(_ action: RecordHistory.Action) -> RecordHistory.Event {
        RecordHistory.Event(time: Self.now(), user: viewer.name, action: action)
    }

    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    static func today() -> String { String(now().prefix(10)) }
}

extension Record {
    /// The case with its review object set (fields given as nil keep their value).
    func withReview(status: ReviewStatus, reviewer: String? = nil, date: String? = nil, secrecyChecked: Bool? = nil) -> Record {
        var members = self["review"]?.objectMembers ?? []
        func set(_ key: String, _ value: JSONValue?) {
            members.removeAll { $0.0 == key }
            if let value { members.append((key, value)) }
        }
        set("status", .string(status.rawValue))
        if let reviewer { set("reviewer", .string(reviewer)) }
        if let date { set("date", .string(date)) }
        set("secrecy_checked", .bool(secrecyChecked ?? self.secrecyChecked))
        let order = ["status", "reviewer", "date", "secrecy_checked"]
        members.sort { (order.firstIndex(of: $0.0) ?? 9) < (order.firstIndex(of: $1.0) ?? 9) }
        return replacing("review", with: .object(members))
    }
}
