import CaseLibrary
import Foundation
import Glibc

/// The append-only audit trail of the shared service: one JSON line per request that reads records
/// or writes anything — time, user, role, method, route, the record ids returned or touched, the
/// query text, the result count and the status. A line is written (one `write(2)` with
/// `O_APPEND`) before the response goes out; when the file passes ``maxBytes`` it is renamed to
/// `FILE.1` (older ones shift up to `FILE.9`) under the same lock, so no line is lost or split.
/// Thread-safe: every worker of a server shares one log.
public final class AuditLog: @unchecked Sendable {
    /// One audited request.
    public struct Entry: Sendable {
        /// When (UTC, ISO 8601).
        public var time: String
        /// The user's name (`-` when the caller was not identified).
        public var user: String
        /// The user's role (`-` when not identified).
        public var role: String
        /// The HTTP method.
        public var method: String
        /// The route's name (`search`, `record`, …).
        public var route: String
        /// The record ids returned or touched.
        public var records: [String]
        /// The query text (search words, the application text), cut to 2,000 characters.
        public var query: String?
        /// How many results the caller received.
        public var count: Int?
        /// The response status.
        public var status: Int

        /// Makes an entry.
        public init(time: String, user: String, role: String, method: String, route: String, records: [String],
                    query: String?, count: Int?, status: Int) {
            self.time = time
            self.user = user
            self.role = role
            self.method = method
            self.route = route
            self.records = records
            self.query = query
            self.count = count
            self.status = status
        }

        /// The entry's JSON line (without the line break).
        public var line: String {
            var members: [(String, JSONValue)] = [
                ("time", .string(time)), ("user", .string(user)), ("role", .string(role)), ("method", .string(method)),
                ("route", .string(route)), ("records", .array(records.map(JSONValue.string))),
            ]
            if let query { members.append(("query", .string(String(query.prefix(2000))))) }
            if let count { members.append(("count", .number(String(count)))) }
            members.append(("status", .number(String(status))))
            return JSONWriter.compact(.object(members))
        }
    }

    /// The log file.
    public let url: URL
    /// The size past which the file is rotated.
    public let maxBytes: Int
    /// How many rotated files are kept.
    public static let keptFiles = 9
    private let lock = NSLock()

    /// The default file: `$CASELIB_AUDIT`, else `$XDG_STATE_HOME/caselib/audit.jsonl`, else
    /// `~/.local/state/caselib/audit.jsonl` — outside `Cases/` and out of git.
    public static var defaultURL: URL {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CASELIB_AUDIT"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
        return state.appendingPathComponent("caselib").appendingPathComponent("audit.jsonl")
    }

    /// A log at `url`, rotated past `maxBytes` (10 MB by default).
    public init(url: URL, maxBytes: Int = 10_000_000) {
        self.url = url
        self.maxBytes = max(1024, maxBytes)
    }

    /// Appends an entry.
    /// - Throws: ``ServiceError/failure(_:)`` when the line cannot be written (the request then fails:
    ///   nothing is served that is not logged).
    public func append(_ entry: Entry) throws(ServiceError) {
        let bytes = Array((entry.line + "\n").utf8)
        lock.lock()
        defer { lock.unlock() }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .failure("无法创建审计日志目录：\(error)")
        }
        rotateIfNeeded(adding: bytes.count)
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .failure("无法打开审计日志 \(url.path)") }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw .failure("审计日志写入不完整：\(url.path)") }
    }

    private func rotateIfNeeded(adding count: Int) {
        let size = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size > 0, size + count > maxBytes else { return }
        for index in stride(from: Self.keptFiles - 1, through: 1, by: -1) {
            let from = rotated(index), to = rotated(index + 1)
            if FileManager.default.fileExists(atPath: from.path) {
                _ = Glibc.rename(from.path, to.path)
            }
        }
        _ = Glibc.rename(url.path, rotated(1).path)
    }

    /// The rotated file number `index` (`FILE.1` is the newest).
    public func rotated(_ index: Int) -> URL { URL(fileURLWithPath: url.path + ".\(index)") }

    /// Every entry's line, oldest first, across the rotated files and the current one.
    public func lines() -> [String] {
        let files = (1...Self.keptFiles).reversed().map(rotated) + [url]
        return files.flatMap { file -> [String] in
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").map(String.init)
        }
    }
}
