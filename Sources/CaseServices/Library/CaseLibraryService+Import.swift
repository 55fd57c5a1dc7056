import CaseIndex
import CaseLibrary
import Foundation

extension CaseLibraryService {
    /// The result of an import.
    public struct ImportRun: Sendable {
        /// Relative paths of the record files written to `Cases/`, in the order written.
        public let written: [String]
        /// Every line not imported, as `FILE:LINE: message`: bad lines, records whose case was not
        /// written, and writes that failed.
        public let problems: [LocatedProblem]
        /// The index update that followed, or nil when nothing was written or it failed.
        public let index: IndexUpdateReport?
        /// Good lines (valid records) that were not written: their case was not written, or the write failed.
        public var unwritten = 0
        /// Writes that failed (a full disk, a permission), as `FILE:LINE: message`.
        public var failedWrites: [LocatedProblem] = []
        /// Why updating the index failed after the records were written, or nil.
        public var indexFailure: String?
        /// Temporary files of a dead writer removed from `Cases/` before importing (relative paths).
        public var removedLeftovers: [String] = []
        /// Partial generations and temporary files of a dead writer removed from the index folder.
        public var removedIndexLeftovers: [String] = []
    }

    /// Imports a JSONL file into `Cases/`, then updates the index.
    ///
    /// All or nothing per dependent group: a record is written only together with what it refers to.
    /// Cases are written first, then outcomes, then training material, each only when every case it
    /// refers to is in the library or was written by this import — so a failed write (a full disk,
    /// an id taken by another kind) keeps its dependants out too, and an import killed at any moment
    /// never leaves a record whose case is missing. Bad lines (not UTF-8, not JSON, not a valid
    /// record, too long) are reported as `FILE:LINE` and the other lines are imported.
    /// - Throws: `ServiceError.badInput` when the file cannot be read or another process is writing
    ///   the library.
    public func importJSONL(at url: URL, displayPath: String) throws -> ImportRun {
        let raw: [JSONLinesFile.RawLine]
        do { raw = try JSONLinesFile.read(url) } catch {
            throw ServiceError.badInput("无法读取 \(displayPath)")
        }
        guard let lock = try LibraryWriteLock.acquire(folder.root) else {
            throw ServiceError.badInput("另一个进程正在写入 \(folder.root.path)（\(LibraryWriteLock.fileName) 被锁定），请等它结束后再导入")
        }
        let removedLeftovers = folder.removeLeftovers(holding: lock)
        var problems: [LocatedProblem] = []
        var decoded: [JSONLines.Line] = []
        for line in raw {
            switch line {
            case .problem(let number, let problem): problems.append(LocatedProblem(path: displayPath, line: number, problem: problem))
            case .text(let number, let text): decoded.append(JSONLines.decode(text, number: number))
            }
        }
        let library = folder.load()
        var available = Set(library.records.filter { $0.record.kind == .case }.map(\.record.id))
        let checked = JSONLines.checkReferences(decoded, knownCaseIDs: available)
        var ready: [(line: Int, record: Record)] = []
        for line in checked {
            if let record = line.record { ready.append((line.number, record)) } else {
                problems += line.problems.map { LocatedProblem(path: displayPath, line: line.number, problem: $0) }
            }
        }
        let order: [RecordKind: Int] = [.case: 0, .outcome: 1, .training: 2]
        ready.sort { (order[$0.record.kind] ?? 3, $0.line) < (order[$1.record.kind] ?? 3, $1.line) }
        let lineOfCase = Dictionary(ready.filter { $0.record.kind == .case }.map { ($0.record.id, $0.line) }, uniquingKeysWith: { a, _ in a })
        var written: [String] = []
        var failedWrites: [LocatedProblem] = []
        var unwritten = 0
        for (number, record) in ready {
            let needed = record.caseID.map { [$0] } ?? (record.kind == .training ? record.list("cases") : [])
            if let missing = needed.first(where: { !available.contains($0) }) {
                let whereFrom = lineOfCase[missing].map { "第 \($0) 行的案例 \(missing)" } ?? "案例 \(missing)"
                problems.append(LocatedProblem(path: displayPath, line: number, problem: RecordProblem(
                    field: record.kind == .outcome ? "case" : "cases", message: "未写入：它引用的\(whereFrom) 没有写入，不能只导入引用它的记录")))
                unwritten += 1
                continue
            }
            do {
                written.append(try folder.write(record))
                if record.kind == .case { available.insert(record.id) }
            } catch {
                let problem = LocatedProblem(path: displayPath, line: number, problem: RecordProblem(field: nil, message: "未写入：\(error)"))
                problems.append(problem)
                if error is AtomicFile.WriteError { failedWrites.append(problem) }
                unwritten += 1
            }
        }
        withExtendedLifetime(lock) {}
        problems.sort { $0.line < $1.line }
        var indexReport: IndexUpdateReport?
        var indexFailure: String?
        if !written.isEmpty {
            do { indexReport = try updateIndex().report } catch { indexFailure = "\(error)" }
        }
        var run = ImportRun(written: written, problems: problems, index: indexReport)
        run.unwritten = unwritten
        run.failedWrites = failedWrites
        run.indexFailure = indexFailure
        run.removedLeftovers = removedLeftovers
        run.removedIndexLeftovers = indexReport?.removedLeftovers ?? []
        return run
    }
}
