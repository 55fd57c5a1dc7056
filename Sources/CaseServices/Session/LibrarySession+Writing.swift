import CaseLibrary
import Foundation

extension LibrarySession {
    /// Adds a record (a case, outcome or training record, as in the interchange format). A case
    /// starts as `draft` or `submitted`; an outcome waits for a reviewer's approval before members
    /// see it. The file is written atomically, the history records who added it, and the index is
    /// brought up to date before this returns; if any step fails, nothing is left half done.
    ///
    /// - Throws: ``ServiceError/badInput(_:)`` naming each bad field; ``ServiceError/conflict(_:)``
    ///   for a taken id; ``ServiceError/forbidden(_:)`` when the role may not add this kind.
    public func create(_ json: JSONValue) throws -> StoredVersion {
        let record = try decode(json)
        try requireRight(record.kind == .training ? .buildCourses : .submit)
        try checkReferences(record)
        if let review = record.review, review != .draft, review != .submitted {
            throw ServiceError.badInput("'review.status'：新记录只能是 draft 或 submitted（审核在审核环节完成）")
        }
        return try write(record, replacing: nil, events: [.create] + (record.review == .submitted ? [.submit] : []))
    }

    /// Replaces record `id` with `json`, if `ifMatch` is its current ETag. An approved case that is
    /// edited goes back to `submitted`; an edited outcome waits for approval again.
    ///
    /// - Throws: ``ServiceError/versionRequired(_:)`` without `ifMatch`; ``ServiceError/stale(_:)``
    ///   when the record changed since it was read; ``ServiceError/forbidden(_:)`` for someone
    ///   else's record (unless a reviewer); ``ServiceError/notFound(_:)``; ``ServiceError/badInput(_:)``.
    public func replace(id: String, with json: JSONValue, ifMatch: String?) throws -> StoredVersion {
        try requireRight(.submit)
        let current = try editable(id: id)
        try checkVersion(current, ifMatch)
        var record = try decode(json)
        guard record.id == id, record.kind == current.record.kind else {
            throw ServiceError.badInput("'id'/'kind'：替换时不能改变记录编号或类型（应为 \(id)，\(current.record.kind.rawValue)）")
        }
        try checkReferences(record)
        if record.kind == .case {
            let was = current.record.review ?? .draft
            let asked = record.review ?? .draft
            let next: ReviewStatus = was == .reviewed ? .submitted : ([.draft, .submitted].contains(asked) ? asked : was)
            record = record.withReview(status: next, reviewer: nil, date: nil, secrecyChecked: false)
        }
        return try write(record, replacing: current, events: [.update])
    }

    /// Deletes record `id` (administrators), if `ifMatch` (when given) is its current ETag.
    public func delete(id: String, ifMatch: String?) throws {
        try requireRight(.administer)
        let current = try editable(id: id)
        if ifMatch != nil { try checkVersion(current, ifMatch) }
        if current.record.kind == .case,
            library.folder.load().allRecords.contains(where: { $0.kind == .outcome && $0.caseID == id }) {
            throw ServiceError.refused("案例 \(id) 还有复议诉讼结果：请先删除这些结果")
        }
        try LibraryWriteGate.run {
            let root = library.folder.root
            let path = root.appendingPathComponent(RecordFile.relativePath(kind: current.record.kind, id: id))
            let saved = try Data(contentsOf: path)
            try FileManager.default.removeItem(at: path)
            do {
                try RecordHistory.append(event(.delete), id: id, root: root)
                try reindex()
            } catch {
                try? saved.write(to: path)
                throw error
            }
        }
    }

    /// Takes a review step on record `id` and returns the record as it now stands.
    ///
    /// - Throws: ``ServiceError/forbidden(_:)`` when the caller may not take the step (nobody
    ///   approves a record they added or last changed); ``ServiceError/badInput(_:)`` without the
    ///   secrecy check or a reason; ``ServiceError/refused(_:)`` when the record is not in a state
    ///   the step applies to.
    public func review(id: String, _ action: ReviewAction) throws -> StoredVersion {
        let current = try editable(id: id, forReview: true)
        let state = Self.state(of: current.record, history: current.history)
        switch action {
        case .submit:
            try requireAuthorOrReviewer(current)
            guard ["draft", "rejected"].contains(state) else { throw ServiceError.refused("记录 \(id) 当前为 \(state)，不能再次提交") }
            return try write(current.record.kind == .case ? current.record.withReview(status: .submitted) : current.record,
                             replacing: current, events: [.submit])
        case let .approve(secrecyChecked):
            try requireRight(.review)
            guard secrecyChecked else { throw ServiceError.badInput("'secrecy_checked'：批准前必须完成保密审查（secrecy_checked 为 true）") }
            guard current.history.creator != viewer.name, current.history.lastEditor != viewer.name else {
                throw ServiceError.forbidden("不能审核自己提交或修改的记录（谁公开、谁审查、谁负责）")
            }
            guard state == "submitted" else { throw ServiceError.refused("记录 \(id) 当前为 \(state)，只有待审（submitted）的记录可以批准") }
            let approved = current.record.kind == .case
                ? current.record.withReview(status: .reviewed, reviewer: viewer.name, date: Self.today(), secrecyChecked: true)
                : current.record
            return try write(approved, replacing: current, events: [.approve])
        case let .reject(reason):
            try requireRight(.review)
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty, reason.count <= 2000 else { throw ServiceError.badInput("'reason'：退回时必须写明理由（2000 字以内）") }
            guard state == "submitted" else { throw ServiceError.refused("记录 \(id) 当前为 \(state)，只有待审（submitted）的记录可以退回") }
            let rejected = current.record.kind == .case ? current.record.withReview(status: .rejected, reviewer: viewer.name, date: Self.today()) : current.record
            return try write(rejected, replacing: current, events: [RecordHistory.Event(time: Self.now(), user: viewer.name, action: .reject, reason: reason)])
        }
    }

    /// The caller's work: a reviewer's queue (every submitted record) plus their own records; for
    /// others, the records they added (drafts, submitted, rejected and approved).
    public func work() throws -> [WorkItem] {
        try requireRight(.submit)
        let root = library.folder.root
        return library.folder.load().allRecords.compactMap { record -> WorkItem? in
            let history = RecordHistory.read(id: record.id, root: root)
            let state = Self.state(of: record, history: history)
            let mine = history.creator == viewer.name
            let queued = viewer.may(.review) && state == "submitted"
            return mine || queued ? WorkItem(record: record, state: state, history: history) : nil
        }
    }

    /// Record `id` with its ETag, if the caller may see it.
    public func storedVersion(id: String) throws -> StoredVersion { try editable(id: id, forReview: true, forEditing: false) }
}
