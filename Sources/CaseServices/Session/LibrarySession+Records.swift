import CaseIndex
import CaseLibrary

extension LibrarySession {
    /// The record `id` with its outcomes, case or listed cases and citations.
    ///
    /// - Parameter includeHidden: Ask for a hidden record too (refused unless the viewer may).
    /// - Throws: ``ServiceError/badInput(_:)`` for a malformed id; ``ServiceError/notFound(_:)`` for
    ///   an unknown id or one the viewer may not see (the same answer, so nothing is revealed).
    public func record(id: String, includeHidden: Bool = false) throws -> RecordView {
        refreshIfDue()
        let hidden = try allowsHidden(includeHidden)
        var record = try visibleRecord(id: id, includeHidden: hidden)
        var history: OutcomeHistory?
        var parent: ItemSummary?
        var listed: [ItemSummary] = []
        switch record.kind {
        case .case:
            history = try CaseOutcomes.histories(ofCases: [id], reader: reader, includeHidden: hidden)[id]
        case .outcome:
            if let caseID = record.caseID, let item = try reader.item(id: caseID) {
                parent = Self.summary(item, status: try CaseOutcomes.histories(ofCases: [caseID], reader: reader)[caseID]?.status)
            }
        case .training:
            let statuses = try CaseOutcomes.histories(ofCases: record.list("cases"), reader: reader)
            for caseID in record.list("cases") {
                guard let item = try reader.item(id: caseID), let listedRecord = item.record else { continue }
                if hidden || isVisible(listedRecord) { listed.append(Self.summary(item, status: statuses[caseID]?.status)) }
            }
            if !hidden, record["cases"] != nil {
                // The record's own list names only what the caller may see (and what exists).
                record = record.replacing("cases", with: .array(listed.map { .string($0.id) }))
            }
        }
        // An outcome's citations mean the versions in force on its case's date.
        let caseRecord = try record.caseID.flatMap { try reader.record(id: $0) }
        let citations = files.linker?.citations(in: record, case: caseRecord)
        return RecordView(record: record, history: history, parent: parent, listedCases: listed, citations: citations)
    }

    /// Cases like the case `id`, by the precedent ranking, excluding itself.
    ///
    /// - Throws: ``ServiceError/notFound(_:)`` for an unknown id or one the viewer may not see.
    public func similar(to id: String, limit: Int = 10, includeHidden: Bool = false) throws -> [PrecedentResult] {
        refreshIfDue()
        let hidden = try allowsHidden(includeHidden)
        return try reachingShards {
            _ = try visibleRecord(id: id, includeHidden: hidden)
            return try precedentFinder(includeHidden: hidden).similar(to: id, limit: limit, includeHidden: hidden)
        }
    }

    /// The record `id` if it exists and the call may see it.
    func visibleRecord(id: String, includeHidden: Bool) throws -> Record {
        guard RecordDecoder.isValidID(id) else {
            throw ServiceError.badInput("'id'：记录编号应为 1–64 个字母、数字、‘-’、‘_’ 或 ‘.’")
        }
        // Visible as indexed; a hidden record only for reviewers who ask, or for its own author.
        if let record = try reader.record(id: id), try includeHidden || reader.isHidden(id: id) == false { return record }
        if viewer.may(.submit), RecordHistory.read(id: id, root: library.folder.root).creator == viewer.name,
            let own = try workspace.allReader().record(id: id) {
            return own
        }
        throw ServiceError.notFound("没有编号为 \(id) 的记录")
    }

    /// Whether every member may see `record`, as indexed (an outcome follows its case and waits
    /// for approval when added through the service).
    func isVisible(_ record: Record) -> Bool {
        (try? reader.isHidden(id: record.id)) == false
    }
}
