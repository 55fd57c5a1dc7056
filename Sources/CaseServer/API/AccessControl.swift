import CaseServices
import Foundation

/// Who is calling, decided once per request from `Authorization: Bearer …`, and whether the role
/// has the right a route requires.
///
/// Two modes, chosen when the server starts:
/// - **users**: the users file has active users — every API call needs a valid token (401
///   without one, 403 when the role lacks the right). The file is re-read when it changes, so
///   `caselib users disable` and `caselib token revoke` take effect at once.
/// - **single user**: no users are configured and the server is bound to a loopback address — every
///   request is the one local person (a member, or a reviewer with `--reviewer-access`), as the
///   embedded default that `Tools/serve` runs. A server bound to any other address refuses to
///   start in this mode.
///
/// Confined to its worker's thread (each worker has its own).
public final class AccessControl {
    /// How callers are identified.
    public enum Mode: Sendable {
        /// Every API call needs a token of a user in this file.
        case users(URL)
        /// Every request is this one local person.
        case singleUser(Viewer)
    }

    let mode: Mode
    private var cached: (stamp: String, store: UserStore)?

    /// Access in `mode`.
    public init(mode: Mode) { self.mode = mode }

    /// The caller of `request`, who must hold `right`.
    ///
    /// - Throws: ``APIError`` 401 without a valid token, 403 when the role lacks `right`.
    func viewer(for request: HTTPRequest, requiring right: Right) throws -> Viewer {
        let viewer = try authenticate(request)
        guard viewer.may(right) else {
            throw APIError(status: 403, code: "forbidden", message: "当前角色（\(viewer.role.label)）无权执行此操作")
        }
        return viewer
    }

    /// The caller of `request`.
    func authenticate(_ request: HTTPRequest) throws -> Viewer {
        switch mode {
        case let .singleUser(viewer):
            return viewer
        case let .users(url):
            guard let header = request.headers["Authorization"], header.hasPrefix("Bearer ") else {
                throw Self.unauthorized("需要登录：请在 Authorization 头中提供 Bearer 令牌")
            }
            let token = header.dropFirst("Bearer ".count).trimmingCharacters(in: .whitespaces)
            guard !token.isEmpty, token.utf8.count <= 256, let user = try store(url).authenticate(token) else {
                throw Self.unauthorized("令牌无效、已撤销或用户已停用")
            }
            return Viewer(user: user)
        }
    }

    /// The users file, re-read when it changes; an unreadable file answers nobody (never "open").
    private func store(_ url: URL) throws -> UserStore {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let stamp = "\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0):\((attributes?[.size] as? NSNumber)?.intValue ?? -1)"
        if let cached, cached.stamp == stamp { return cached.store }
        do {
            let store = try UserStore.load(url)
            cached = (stamp, store)
            return store
        } catch {
            Router.log("用户文件无法读取，拒绝所有令牌：\(error)")
            throw APIError(status: 503, code: "users_unavailable", message: "用户文件暂时无法读取")
        }
    }

    static func unauthorized(_ message: String) -> APIError {
        APIError(status: 401, code: "unauthorized", message: message)
    }

    /// The mode for a server bound to `host` with the users file `url`.
    ///
    /// - Throws: ``ServiceError/refused(_:)`` for a non-loopback address without users.
    static func mode(host: String, usersFile url: URL, reviewerAccess: Bool) throws -> Mode {
        let store = try UserStore.load(url)
        if store.hasActiveUsers { return .users(url) }
        guard isLoopback(host) else {
            throw ServiceError.refused("""
                绑定 \(host) 时必须先配置用户（\(url.path) 中没有可用用户）。请先添加用户并签发令牌：
                  caselib users add NAME --role admin --unit 市局
                  caselib token issue NAME
                """)
        }
        return .singleUser(Viewer(name: "local", role: reviewerAccess ? .reviewer : .member))
    }

    /// Whether `host` is a loopback address (127.0.0.0/8, ::1, localhost).
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
