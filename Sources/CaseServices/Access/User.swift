import Foundation

/// A user of the shared service: a name, a role and the unit they belong to, and their tokens
/// (stored only as SHA-256 hashes).
public struct User: Sendable, Equatable {
    /// The login name (letters, digits, `-`, `_`, `.`; 1–64 characters).
    public let name: String
    /// The role.
    public var role: Role
    /// The unit (市局, 徐汇分局, …).
    public var unit: String
    /// Whether the user may no longer sign in.
    public var disabled: Bool
    /// When the user was added (`YYYY-MM-DDTHH:MM:SSZ`).
    public let created: String
    /// The user's tokens.
    public var tokens: [Token]

    /// An API token: only its hash is kept.
    public struct Token: Sendable, Equatable {
        /// A short public id (the first 8 characters of the hash), to name the token in lists and logs.
        public let id: String
        /// SHA-256 of the token, in hex.
        public let hash: String
        /// When it was issued.
        public let issued: String
        /// When it was revoked, if it was.
        public var revoked: String?
    }

    /// Makes a user.
    public init(name: String, role: Role, unit: String, disabled: Bool = false, created: String, tokens: [Token] = []) {
        self.name = name
        self.role = role
        self.unit = unit
        self.disabled = disabled
        self.created = created
        self.tokens = tokens
    }

    /// Whether `name` may name a user.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "-_.".unicodeScalars.contains($0) }
    }
}
