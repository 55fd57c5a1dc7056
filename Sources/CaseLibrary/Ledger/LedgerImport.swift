/// Merges register files into a register, checking what spans lines: a 编号 given twice in the
/// files, the same proceeding twice, and an 申请编号 that no application has.
public struct LedgerImport: Sendable {
    /// The register after the merge.
    public let ledger: Ledger
    /// Every bad line, of every file, in file then line order (each line skipped whole).
    public let issues: [LedgerIssue]
    /// Applications and proceedings read from the files and kept.
    public let applicationCount: Int, proceedingCount: Int
    /// How many of them replaced a line the register already had.
    public let replacedApplications: Int, replacedProceedings: Int

    /// Reads `files` as one batch and merges the good lines into `base`.
    public init(files: [LedgerFile], into base: Ledger = Ledger()) {
        var issues: [LedgerIssue] = []
        var seen: [String: String] = [:]
        var applications: [LedgerApplication] = []
        for file in files {
            issues += file.issues
            for numbered in file.applications {
                let id = numbered.value.id
                if let first = seen[id] {
                    issues.append(LedgerIssue(file: file.name, line: numbered.line, column: "编号", message: "编号 \(id) 重复（已见于 \(first)）"))
                    continue
                }
                seen[id] = "\(file.name):\(numbered.line)"
                applications.append(numbered.value)
            }
        }
        var ledger = base
        let replacedApplications = ledger.merge(applications: applications, proceedings: []).applications
        var seenKeys: [String: String] = [:]
        var proceedings: [LedgerProceeding] = []
        for file in files {
            for numbered in file.proceedings {
                let proceeding = numbered.value
                if ledger.application(proceeding.applicationID) == nil {
                    issues.append(
                        LedgerIssue(
                            file: file.name, line: numbered.line, column: "申请编号",
                            message: "登记中没有编号为 \(proceeding.applicationID) 的申请"))
                    continue
                }
                if let first = seenKeys[proceeding.key] {
                    issues.append(
                        LedgerIssue(
                            file: file.name, line: numbered.line, column: "立案日期",
                            message: "同一申请的同一\(proceeding.stage)（立案日期 \(proceeding.filed)）重复（已见于 \(first)）"))
                    continue
                }
                seenKeys[proceeding.key] = "\(file.name):\(numbered.line)"
                proceedings.append(proceeding)
            }
        }
        let replacedProceedings = ledger.merge(applications: [], proceedings: proceedings).proceedings
        let order = Dictionary(files.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.ledger = ledger
        self.issues = issues.sorted { (order[$0.file] ?? 0, $0.line) < (order[$1.file] ?? 0, $1.line) }
        applicationCount = applications.count
        proceedingCount = proceedings.count
        self.replacedApplications = replacedApplications
        self.replacedProceedings = replacedProceedings
    }
}
