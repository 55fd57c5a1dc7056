import CaseServer
import CaseServices
import Foundation

/// `caselib serve`: the web page and the API.
enum ServeCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["host", "port", "workers", "users", "audit"], flags: ["reviewer-access"],
                                                 command: "serve")
        guard arguments.positional.isEmpty else {
            throw CommandLineArguments.UsageError(message: "serve 不接受位置参数")
        }
        let host = arguments.value("host") ?? "127.0.0.1"
        let port = try arguments.integer("port", default: 8080, range: 0...65535)
        let defaultWorkers = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let workers = try arguments.integer("workers", default: defaultWorkers, range: 1...256)
        let service = Caselib.service(arguments)
        guard service.hasIndex else {
            throw CaselibError("索引不存在：\(service.indexRoot.path)（请先运行 caselib index）")
        }
        let usersFile = UsersCommand.usersFile(arguments)
        let audit = AuditLog(url: arguments.value("audit").map { URL(fileURLWithPath: $0) } ?? AuditLog.defaultURL)
        let configuration = HTTPServer.Configuration(host: host, port: port, workerCount: workers)
        let server = try CaseAPIServer.make(
            service: service, configuration: configuration,
            access: .init(usersFile: usersFile, reviewerAccess: arguments.flag("reviewer-access"), audit: audit))
        do {
            try server.start()
        } catch {
            throw CaselibError("无法启动服务：\(error.message)")
        }
        server.installSignalHandlers()
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let users = (try? UserStore.load(usersFile))?.hasActiveUsers == true ? "用户文件 \(usersFile.path)" : "单用户模式（未配置用户）"
        say("服务已启动：http://\(shownHost):\(server.port)/（\(workers) 个工作线程；\(users)；审计日志 \(audit.url.path)；按 Ctrl-C 停止）")
        server.waitUntilStopped()
        say("服务已停止")
        return 0
    }

    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
