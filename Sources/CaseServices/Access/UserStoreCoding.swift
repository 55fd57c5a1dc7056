import CaseLibrary

/// The users file's lines: `{"name", "role", "unit", "disabled", "created", "tokens": [{"id", "sha256", "issued", "revoked"?}]}`.
enum UserStoreCoding {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func encode(_ users: [User]) -> [JSONValue] {
        users.map { user in
            .object([
                ("name", .string(user.name)), ("role", .string(user.role.rawValue)), ("unit", .string(user.unit)),
                ("disabled", .bool(user.disabled)), ("created", .string(user.created)),
                ("tokens", .array(user.tokens.map { token in
                    var members: [(String, JSONValue)] = [("id", .string(token.id)), ("sha256", .string(token.hash)), ("issued", .string(token.issued))]
                    if let revoked = token.revoked { members.append(("revoked", .string(revoked))) }
                    return .object(members)
                })),
            ])
        }
    }

    static func decode(_ text: String) throws -> [User] {
        var users: [User] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            do {
                users.append(try user(try JSONParser.parse(trimmed)))
            } catch {
                throw Malformed(description: "第 \(offset + 1) 行：\(error)")
            }
        }
        return users
    }

    private static func user(_ value: JSONValue) throws -> User {
        guard let name = value["name"]?.stringValue, User.isValidName(name) else { throw Malformed(description: "name 缺失或无效") }
        guard let role = value["role"]?.stringValue.flatMap(Role.init(rawValue:)) else { throw Malformed(description: "\(name)：role 无效") }
        guard let unit = value["unit"]?.stringValue else { throw Malformed(description: "\(name)：unit 缺失") }
        var tokens: [User.Token] = []
        if case let .array(items)? = value["tokens"] {
            for item in items {
                guard let id = item["id"]?.stringValue, let hash = item["sha256"]?.stringValue, hash.utf8.count == 64,
                    let issued = item["issued"]?.stringValue
                else { throw Malformed(description: "\(name)：令牌记录无效") }
                tokens.append(User.Token(id: id, hash: hash, issued: issued, revoked: item["revoked"]?.stringValue))
            }
        }
        let disabled: Bool
        if case let .bool(flag)? = value["disabled"] { disabled = flag } else { disabled = false }
        return User(name: name, role: role, unit: unit, disabled: disabled, created: value["created"]?.stringValue ?? "", tokens: tokens)
    }
}
