import CaseLibrary
import CaseServices
import Foundation

/// `caselib ledger import FILE.csv...` and `caselib ledger check`: the application register.
///
/// Import reads applications and proceedings files (told apart by their header), prints each bad
/// line as `FILE:LINE: column: message` on standard error, keeps the rest, writes the register
/// under `Cases/ledger/` and exits 1 when any line was bad.
enum LedgerCommand {
    static func run(_ raw: [String]) throws -> Int32 {
        let arguments = try CommandLineArguments(raw, valued: [], flags: [], command: "ledger")
        let register = RegisterService(libraryRoot: Caselib.service(arguments).folder.root)
        switch arguments.positional.first {
        case "import":
            let paths = Array(arguments.positional.dropFirst())
            guard !paths.isEmpty else { throw CommandLineArguments.UsageError(message: "ledger import 至少需要一个 CSV 文件") }
            return try importFiles(paths, register: register)
        case "check":
            let loaded = register.folder.load()
            for issue in loaded.issues { FileHandle.standardError.write(Data("\(issue)\n".utf8)) }
            print("台账：申请 \(loaded.ledger.applications.count) 件，复议诉讼记录 \(loaded.ledger.proceedings.count) 条；错误 \(loaded.issues.count) 处")
            return loaded.issues.isEmpty ? 0 : 1
        default:
            throw CommandLineArguments.UsageError(message: "ledger 的子命令为 import FILE.csv... 或 check")
        }
    }

    private static func importFiles(_ paths: [String], register: RegisterService) throws -> Int32 {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let result: LedgerImport
        do {
            result = try register.importFiles(paths.map { (URL(fileURLWithPath: $0, relativeTo: cwd), $0) })
        } catch let error as ServiceError {
            Caselib.printError(error.description)
            return 1
        }
        for issue in result.issues { FileHandle.standardError.write(Data("\(issue)\n".utf8)) }
        let badLines = Set(result.issues.map { "\($0.file):\($0.line)" }).count
        print(
            "已导入申请 \(result.applicationCount) 条（其中替换原有 \(result.replacedApplications) 条）、"
                + "复议诉讼记录 \(result.proceedingCount) 条（其中替换原有 \(result.replacedProceedings) 条）；"
                + (badLines == 0 ? "没有错误行。" : "跳过有错误的行 \(badLines) 行（见上）。"))
        print(
            "台账（\(register.folder.folder.path)）现有申请 \(result.ledger.applications.count) 件，"
                + "复议诉讼记录 \(result.ledger.proceedings.count) 条。")
        return result.issues.isEmpty ? 0 : 1
    }
}
