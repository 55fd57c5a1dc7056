import CaseLibrary
import Foundation

/// The application register of a library (`Cases/ledger/`): importing spreadsheets into it and
/// counting reports from it. Shared by the command line and the server.
public struct RegisterService: Sendable {
    /// The register's files.
    public let folder: LedgerFolder

    /// The register of the library at `libraryRoot` (`Cases/`).
    public init(libraryRoot: URL) { folder = LedgerFolder(root: libraryRoot) }

    /// Reads register CSV files and merges their good lines into the stored register, which is
    /// then written back (atomically, per file).
    /// - Parameter files: each file's location and the name to use in messages.
    /// - Returns: the merge, with every bad line of the files.
    /// - Throws: `ServiceError.refused` when the stored register itself has bad lines (fix them
    ///   first: rewriting it would drop them); `ServiceError.failure` when it cannot be written.
    public func importFiles(_ files: [(url: URL, name: String)]) throws -> LedgerImport {
        let stored = try storedLedger(allowEmpty: true)
        let read = files.map { file -> LedgerFile in
            guard let data = FileManager.default.contents(atPath: file.url.path) else {
                return LedgerFile(unreadable: file.name, reason: "无法读取该文件（不存在或没有权限）")
            }
            return LedgerFile(bytes: [UInt8](data), name: file.name)
        }
        let result = LedgerImport(files: read, into: stored)
        do {
            try folder.save(result.ledger)
        } catch {
            throw ServiceError.failure("写入台账失败：\(error)")
        }
        return result
    }

    /// The stored register.
    /// - Throws: `ServiceError.refused` listing its bad lines (`FILE:LINE: column: message`) when
    ///   it has any, or saying it is empty when `allowEmpty` is false.
    public func storedLedger(allowEmpty: Bool = false) throws -> Ledger {
        let loaded = folder.load()
        guard loaded.issues.isEmpty else {
            throw ServiceError.refused(
                "台账文件有 \(loaded.issues.count) 处错误，请先修正：\n" + loaded.issues.map(\.description).joined(separator: "\n"))
        }
        guard allowEmpty || !loaded.ledger.applications.isEmpty else {
            throw ServiceError.notFound("台账中没有任何申请（\(folder.folder.path)）；请先用 caselib ledger import 导入申请登记表")
        }
        return loaded.ledger
    }

    /// Tables 三 and 四 of a year or quarter, counted from the stored register.
    /// - Throws: as `storedLedger`.
    public func report(_ period: ReportPeriod) throws -> AnnualReport {
        AnnualReportBuilder().build(try storedLedger(), period: period)
    }
}
