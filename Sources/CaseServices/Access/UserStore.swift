import CaseLibrary
import Foundation

/// The users and API tokens of the shared service, in one JSON Lines file (a user a line) kept outside `Cases/` and out
/// of git (default `~/.config/caselib/users.jsonl`, or `$CASELIB_USERS`; `--users FILE` chooses
/// another). A token is 32 random bytes shown once; only its SHA-256 is stored, and it is compared
/// in constant time. The file is written atomically with mode 0600.
public struct UserStore: Sendable {
    /// Where the store lives.
    public let url: URL
    /// The users, by name order.
    public private(set) var users: [User]

    /// The default file: `$CASELIB_USERS`, else `$XDG_CONFIG_HOME/caselib/users.jsonl`, else
    /// `~/.config/caselib/users.jsonl`.
    public static var defaultURL: URL {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CASELIB_USERS"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config")
        return config.appendingPathComponent("caselib").appendingPathComponent("users.jsonl")
    }

    /// Reads the store at `url`; an absent file is an empty store.
    /// - Throws: ``ServiceError/badInput(_:)`` naming the file when it cannot be read or parsed.
    public static func load(_ url: URL) throws(ServiceError) -> UserStore {
        guard FileManager.default.fileExists(atPath: url.path) else { return UserStore(url: url, users: []) }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw .badInput("无法读取用户文件 \(url.path)")
        }
        do {
            return UserStore(url: url, users: try UserStoreCoding.decode(text))
        } catch {
            throw .badInput("用户文件 \(url.path) 格式有误：\(error)")
        }
    }

    /// Whether the store has any user who may sign in.
    public var hasActiveUsers: Bool { users.contains { !$0.disabled } }

    /// The user called `name`.
    public func user(_ name: String) -> User? { users.first { $0.name == name } }

    /// Adds a user.
    /// - Throws: ``ServiceError/badInput(_:)`` for a bad name or unit; ``ServiceError/refused(_:)`` when the name is taken.
    public mutating func add(name: String, role: Role, unit: String, now: Date = Date()) throws(ServiceError) {
        guard User.isValidName(name) else { throw .badInput("用户名应为 1–64 个字母、数字、‘-’、‘_’ 或 ‘.’：‘\(name)’") }
        let unit = unit.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !unit.isEmpty, unit.count <= 64 else { throw .badInput("请用 --unit 写明所属单位（如 市局、徐汇分局）") }
        guard user(name) == nil else { throw .refused("用户 \(name) 已存在") }
        users.append(User(name: name, role: role, unit: unit, created: Self.timestamp(now)))
        users.sort { $0.name < $1.name }
    }

    /// Disables a user: their tokens stop working at once.
    public mutating func disable(_ name: String) throws(ServiceError) {
        guard let index = users.firstIndex(where: { $0.name == name }) else { throw .notFound("没有用户 \(name)") }
        users[index].disabled = true
    }

    /// Issues a new token for `name` and returns it — the only time it is ever shown.
    public mutating func issueToken(for name: String, now: Date = Date()) throws(ServiceError) -> String {
        guard let index = users.firstIndex(where: { $0.name == name }) else { throw .notFound("没有用户 \(name)") }
        guard !users[index].disabled else { throw .refused("用户 \(name) 已停用，不能签发令牌") }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = bytes.map { String(format: "%02x", $0) }.joined()
        let hash = SHA256.hex(Array(token.utf8))
        users[index].tokens.append(User.Token(id: String(hash.prefix(8)), hash: hash, issued: Self.timestamp(now)))
        return token
    }

    /// Revokes every token of `name`; returns how many were live.
    @discardableResult
    public mutating func revokeTokens(of name: String, now: Date = Date()) throws(ServiceError) -> Int {
        guard let index = users.firstIndex(where: { $0.name == name }) else { throw .notFound("没有用户 \(name)") }
        var revoked = 0
        for token in users[index].tokens.indices where users[index].tokens[token].revoked == nil {
            users[index].tokens[token].revoked = Self.timestamp(now)
            revoked += 1
        }
        return revoked
    }

    /// The enabled user holding `token` (an unrevoked one), or nil. Every stored hash is compared,
    /// each in constant time, so the answer takes the same time whichever token matches.
    public func authenticate(_ token: String) -> User? {
        let hash = Array(SHA256.hex(Array(token.utf8)).utf8)
        var found: User?
        for user in users {
            for stored in user.tokens where Self.constantTimeEqual(Array(stored.hash.utf8), hash) && stored.revoked == nil {
                if !user.disabled { found = user }
            }
        }
        return found
    }

    /// Writes the store atomically, readable by its owner only.
    public func save() throws(ServiceError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(UserStoreCoding.encode(users).map(JSONWriter.compact).joined(separator: "\n") + "\n", to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            throw .failure("无法写入用户文件 \(url.path)：\(error)")
        }
    }

    /// Compares two byte strings in time that depends only on their lengths.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
