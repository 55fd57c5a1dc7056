import CaseLibrary
import CaseServices
import Foundation

/// `caselib users add|list|disable` and `caselib token issue|revoke` — the shared service's users,
/// kept in the users file (`--users FILE`; default `~/.config/caselib/users.jsonl`).
enum UsersCommand {
    /// The users file for a command: `--users FILE`, else the default.
    static func usersFile(_ arguments: CommandLineArguments) -> URL {
        arguments.value("users").map { URL(fileURLWithPath: $0).standardizedFileURL } ?? UserStore.defaultURL
    }

    static func users(_ raw: [String]) throws -> Int32 {
        guard let sub = raw.first else { throw CommandLineArguments.UsageError(message: "users 的子命令为 add、list 或 disable") }
        let arguments = try CommandLineArguments(Array(raw.dropFirst()), valued: ["users", "role", "unit"], flags: [], command: "users \(sub)")
        var store = try UserStore.load(usersFile(arguments))
        switch sub {
        case "add":
            guard arguments.positional.count == 1, let name = arguments.positional.first else {
                throw CommandLineArguments.UsageError(message: "用法：users add NAME --role ROLE --unit UNIT")
            }
            guard let role = arguments.value("role").flatMap(Role.init(rawValue:)) else {
                throw CommandLineArguments.UsageError(message: "--role 应为 " + Role.allCases.map(\.rawValue).joined(separator: "、"))
            }
            try store.add(name: name, role: role, unit: arguments.value("unit") ?? "")
            try store.save()
            print("已添加用户 \(name)（\(role.label)，\(arguments.value("unit") ?? "")）；用 caselib token issue \(name) 签发令牌")
        case "list":
            if store.users.isEmpty { print("没有用户（\(store.url.path)）") }
            for user in store.users {
                let live = user.tokens.filter { $0.revoked == nil }.count
                print("\(user.name)\t\(user.role.rawValue)\t\(user.unit)\t\(user.disabled ? "已停用" : "启用")\t有效令牌 \(live) 个")
            }
        case "disable":
            guard arguments.positional.count == 1, let name = arguments.positional.first else {
                throw CommandLineArguments.UsageError(message: "用法：users disable NAME")
            }
            try store.disable(name)
            try store.save()
            print("已停用用户 \(name)：其令牌立即失效")
        default:
            throw CommandLineArguments.UsageError(message: "未知的 users 子命令 ‘\(sub)’（可用：add、list、disable）")
        }
        return 0
    }

    static func token(_ raw: [String]) throws -> Int32 {
        guard let sub = raw.first else { throw CommandLineArguments.UsageError(message: "token 的子命令为 issue 或 revoke") }
        let arguments = try CommandLineArguments(Array(raw.dropFirst()), valued: ["users"], flags: [], command: "token \(sub)")
        guard arguments.positional.count == 1, let name = arguments.positional.first else {
            throw CommandLineArguments.UsageError(message: "用法：token \(sub) NAME")
        }
        var store = try UserStore.load(usersFile(arguments))
        switch sub {
        case "issue":
            let token = try store.issueToken(for: name)
            try store.save()
            print("已为 \(name) 签发令牌（只显示这一次，请妥善保存；库中只保存其 SHA-256）：")
            print(token)
        case "revoke":
            let count = try store.revokeTokens(of: name)
            try store.save()
            print("已撤销 \(name) 的 \(count) 个令牌")
        default:
            throw CommandLineArguments.UsageError(message: "未知的 token 子命令 ‘\(sub)’（可用：issue、revoke）")
        }
        return 0
    }
}
