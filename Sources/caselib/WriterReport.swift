import CaseLibrary
import CaseServices
import Foundation

/// What the writing commands (`index`, `import`) say about cleaning up after a dead writer and,
/// for `import`, what was written and what was not, and where.
enum WriterReport {
    /// Says what a dead writer had left and this run removed (nothing when there was nothing).
    static func leftovers(cases: [String], index: [String], service: CaseLibraryService) {
        if !cases.isEmpty {
            say("已清理中断的写入在 \(service.folder.root.path) 中留下的 \(cases.count) 个临时文件：\(cases.joined(separator: ", "))")
        }
        if !index.isEmpty {
            say("已清理中断的写入在 \(service.indexRoot.path) 中留下的 \(index.count) 项（未完成的索引代或临时文件）：\(index.joined(separator: ", "))")
        }
    }

    /// Says that a live writer's temporary files were left alone.
    static func liveWriter(_ service: CaseLibraryService) {
        say("另一个进程正在写入 \(service.folder.root.path)，其临时文件未清理")
    }

    /// The outcome of an import: every problem line, then what was written where, what was not,
    /// and the index update (or why it failed and what to do).
    static func importRun(_ run: CaseLibraryService.ImportRun, service: CaseLibraryService, displayPath: String) {
        leftovers(cases: run.removedLeftovers, index: run.removedIndexLeftovers, service: service)
        for problem in run.problems { print(problem) }
        let kinds = Dictionary(grouping: run.written) { $0.split(separator: "/").first.map(String.init) ?? "" }
        let byKind = ["cases", "outcomes", "training"].compactMap { kind in kinds[kind].map { "\(kind)/ \($0.count)" } }
        print("导入 \(displayPath)：写入 \(run.written.count) 条记录到 \(service.folder.root.path)"
            + (byKind.isEmpty ? "" : "（\(byKind.joined(separator: "，"))）")
            + "；\(run.problems.count) 行未导入"
            + (run.unwritten == 0 ? "" : "（其中 \(run.unwritten) 条有效记录因写入失败或所引用的案例未写入而未写入）"))
        if !run.failedWrites.isEmpty {
            print("写入失败 \(run.failedWrites.count) 条（如磁盘已满）：已写入的 \(run.written.count) 个文件完整保留，"
                + "未写入的行见上（\(displayPath):行号）；腾出空间后重新导入同一文件即可，已写入的记录会被原样替换")
        }
        if let index = run.index {
            print("索引 \(service.indexRoot.path)：\(index.added + index.updated) 个文件已索引，共 \(index.documentCount) 个文档")
        } else if let failure = run.indexFailure {
            print("索引 \(service.indexRoot.path) 未更新：\(TerminalText.escaped(failure))")
            print("已写入 \(service.folder.root.path) 的 \(run.written.count) 条记录保留；索引仍是导入前的状态，腾出空间后运行 caselib index 即可补上")
        }
    }

    private static func say(_ line: String) {
        FileHandle.standardError.write(Data("caselib: \(line)\n".utf8))
    }
}
