import CaseLibrary
import CaseServices
import Foundation

/// `caselib`: the command-line tool over the case library.
@main
enum Caselib {
    static let usage = """
        用法：caselib <command> [options]    （每个命令都可加 --cases DIR 和 --index DIR）

          validate                               检查每个记录文件；输出“路径:行号: 问题”
          index [--rebuild] [--shards N]         按记录更新索引（分为 N 个分片，并行写入）
          search QUERY [--kind K] [--category C] [--year 2019..2023] [--response R] [--unit U]
                 [--law L] [--limit N] [--offset N] [--all] [--json]
          import FILE.jsonl                      从 JSONL 新增或替换记录，然后更新索引
          export [--out FILE]                    把全部记录导出为 JSONL
          serve [--host 127.0.0.1] [--port 8080] [--workers N] [--users FILE] [--audit FILE] [--reviewer-access]
          users add NAME --role member|trainer|exporter|reviewer|admin --unit UNIT [--users FILE]
          users list|disable NAME [--users FILE]
          token issue|revoke NAME [--users FILE]     issue 在最后一行单独输出令牌
          audit [--user U] [--since YYYY-MM-DD] [--record ID] [--json] [--audit FILE]
          precedents [--category C] [--response R] [--limit N] [--all] [--json] [--report FILE.md|.html|.pdf]
                 [--filter-category C] [--filter-response R] [--status S] [--regime 2019] [--year Y..Y] [--unit U]
                 [--date D] [--received D] [--corrected D] [--extended] [--paused D..D] (TEXT | --file F | -)
          deadline --received D [--corrected D] [--extended] [--paused D..D] [--json]
          similar ID [--limit N] [--json]
          eval --corpus F --queries F --qrels F [--corrected F] [--party-titles]
          eval-statutes --queries F [--corpus DIR]
          compile --year Y --out DIR [--title T] [--office O] [--redact] [--pdf] [--date YYYY-MM-DD] [--consultation]
          statutes import PATH...                导入法规 Markdown 文件或文件夹
          statutes cases LAW ARTICLE             列出适用某一条文的案例
          training import FILE... [--title T]    把旧文本文档导入为培训材料
          course build SPEC --out DIR [--pdf]
          ledger import FILE.csv...              向台账（Cases/ledger/）导入申请或复议诉讼记录
          ledger check                           检查台账文件
          report --year Y [--quarter Q] --out DIR [--office O] [--no-pdf]
                                                 根据台账生成年度报告表三、表四
        """

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let command = arguments.first else {
            FileHandle.standardError.write(Data((usage + "\n").utf8))
            exit(2)
        }
        arguments.removeFirst()
        do {
            let status = try run(command, arguments)
            exit(status)
        } catch let error as CommandLineArguments.UsageError {
            printError("\(error)\n\(usage)")
            exit(2)
        } catch {
            printError("\(error)")
            exit(1)
        }
    }

    static func run(_ command: String, _ arguments: [String]) throws -> Int32 {
        switch command {
        case "validate": return try LibraryCommands.validate(arguments)
        case "index": return try LibraryCommands.index(arguments)
        case "search": return try SearchCommand.run(arguments)
        case "import": return try LibraryCommands.importJSONL(arguments)
        case "export": return try LibraryCommands.export(arguments)
        case "serve": return try ServeCommand.run(arguments)
        case "bench-search": return try BenchSearchCommand.run(arguments)
        case "bench-latency": return try BenchLatencyCommand.run(arguments)
        case "help", "--help", "-h":
            print(usage)
            return 0
        default:
            if let status = try ExtraCommands.run(command, arguments) { return status }
            throw CommandLineArguments.UsageError(message: "未知命令 ‘\(command)’")
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("caselib: \(message)\n".utf8))
    }

    /// The library service for `--cases` and `--index` (defaults `./Cases` and `./Index`).
    static func service(_ arguments: CommandLineArguments) -> CaseLibraryService {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let cases = arguments.value("cases").map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        let index = arguments.value("index").map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        return CaseLibraryService(casesRoot: cases ?? cwd.appendingPathComponent("Cases"),
                                  indexRoot: index ?? cwd.appendingPathComponent("Index"))
    }
}
