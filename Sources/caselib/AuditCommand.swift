import CaseLibrary
import CaseServices
import Foundation

/// `caselib audit [--user U] [--since DATE] [--record ID] [--json] [--audit FILE]`: reads the audit log.
enum AuditCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: ["audit", "user", "since", "record"], flags: ["json"], command: "audit")
        let log = AuditLog(url: arguments.value("audit").map { URL(fileURLWithPath: $0) } ?? AuditLog.defaultURL)
        if let since = arguments.value("since"), !CalendarDate.isValid(since) {
            throw CommandLineArguments.UsageError(message: "--since 应为 YYYY-MM-DD，收到 ‘\(since)’")
        }
        var shown = 0
        for line in log.lines() {
            guard let entry = try? JSONParser.parse(line) else { continue }
            if let user = arguments.value("user"), entry["user"]?.stringValue != user { continue }
            if let since = arguments.value("since"), (entry["time"]?.stringValue ?? "") < since { continue }
            if let record = arguments.value("record") {
                guard case let .array(ids)? = entry["records"], ids.contains(.string(record)) else { continue }
            }
            shown += 1
            if arguments.flag("json") {
                print(line)
                continue
            }
            let ids: [String]
            if case let .array(items)? = entry["records"] { ids = items.compactMap(\.stringValue) } else { ids = [] }
            let fields = [entry["time"]?.stringValue, entry["user"]?.stringValue, entry["role"]?.stringValue,
                          entry["method"]?.stringValue, entry["route"]?.stringValue, entry["status"].map { JSONWriter.compact($0) }]
            var text = fields.map { $0 ?? "-" }.joined(separator: "  ")
            if !ids.isEmpty { text += "  记录：" + ids.prefix(10).joined(separator: "、") + (ids.count > 10 ? " 等 \(ids.count) 条" : "") }
            if let query = entry["query"]?.stringValue { text += "  检索：" + String(query.prefix(60)) }
            print(text)
        }
        if !arguments.flag("json") { print("共 \(shown) 条审计记录（\(log.url.path)）") }
        return 0
    }
}
