import Foundation

/// Reads the header and the lines of a register file, checking every rule of `spec/ledger.md`
/// that one line can break. Messages are Chinese and name the column.
struct LedgerRowDecoder {
    /// Every problem of one line (the line is skipped whole).
    struct Problems: Error {
        let issues: [LedgerIssue]
    }

    let file: String

    static let requiredApplicationColumns = ["编号", "收到日期", "申请人类型", "承办单位"]
    static let requiredProceedingColumns = ["申请编号", "程序", "立案日期"]

    /// The file's kind and each column's position, or why the header is refused.
    func header(_ row: CSVTable.Row) -> Result<(LedgerFile.Kind, [String: Int]), LedgerIssue> {
        let names = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let kind: LedgerFile.Kind
        if names.contains("编号") && !names.contains("申请编号") {
            kind = .applications
        } else if names.contains("申请编号") && names.contains("程序") {
            kind = .proceedings
        } else {
            return .failure(issue(row.line, "表头", "既不是申请登记（有“编号”列）也不是复议诉讼登记（有“申请编号”“程序”列）的表头"))
        }
        let known = kind == .applications ? LedgerApplication.columns : LedgerProceeding.columns
        var columns: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            guard known.contains(name) else {
                return .failure(issue(row.line, name.isEmpty ? "表头" : name, "未知的列（允许的列：\(known.joined(separator: "、"))）"))
            }
            guard columns[name] == nil else { return .failure(issue(row.line, name, "列名重复")) }
            columns[name] = position
        }
        let required = kind == .applications ? Self.requiredApplicationColumns : Self.requiredProceedingColumns
        if let missing = required.first(where: { columns[$0] == nil }) {
            return .failure(issue(row.line, missing, "缺少必需的列"))
        }
        return .success((kind, columns))
    }

    /// One application line.
    func application(_ row: CSVTable.Row, columns: [String: Int]) -> Result<LedgerApplication, Problems> {
        var line = Line(decoder: self, row: row, columns: columns)
        guard line.shapeIsRight() else { return .failure(Problems(issues: line.issues)) }
        let id = line.required("编号")
        let received = line.date("收到日期", required: true)
        let type = line.required("申请人类型")
        if let type, !Vocabulary.applicantTypes.contains(type) { line.add("申请人类型", "应为“自然人”或“法人或其他组织”，而不是“\(type)”") }
        let subtype = line.optional("申请人子类")
        if let subtype {
            if type == "自然人" {
                line.add("申请人子类", "只有法人或其他组织才有子类")
            } else if !LedgerApplication.organisationSubtypes.contains(subtype) {
                line.add("申请人子类", "应为\(LedgerApplication.organisationSubtypes.joined(separator: "、"))之一，而不是“\(subtype)”")
            }
        }
        let unit = line.required("承办单位")
        let answered = line.date("答复日期", required: false)
        if let answered, let received, answered < received { line.add("答复日期", "答复日期 \(answered) 早于收到日期 \(received)") }
        let result = line.optional("答复结果")
        let detail = line.optional("答复细项")
        checkResult(result, detail: detail, answered: line.optional("答复日期"), line: &line)
        let extended = line.optional("延期")
        if let extended, extended != "是", extended != "否" { line.add("延期", "应为“是”或留空，而不是“\(extended)”") }
        guard line.issues.isEmpty, let id, let received, let type, let unit else { return .failure(Problems(issues: line.issues)) }
        return .success(
            LedgerApplication(
                id: id, received: received, applicantType: type, applicantSubtype: subtype, unit: unit, answered: answered,
                result: result, detail: detail, extended: extended == "是", caseID: line.optional("案例编号")))
    }

    private func checkResult(_ result: String?, detail: String?, answered: String?, line: inout Line) {
        guard let result else {
            if answered != nil { line.add("答复结果", "有答复日期就必须填写答复结果") }
            if detail != nil { line.add("答复细项", "没有答复结果，不能填写细项") }
            return
        }
        if answered == nil { line.add("答复日期", "有答复结果就必须填写答复日期") }
        guard let allowed = Vocabulary.responseDetails[result] else {
            line.add("答复结果", "应为\(Vocabulary.responses.joined(separator: "、"))之一，而不是“\(result)”")
            return
        }
        switch (allowed.isEmpty, detail) {
        case (false, nil):
            line.add("答复细项", "答复结果为“\(result)”时必须填写细项（\(allowed.joined(separator: "、"))）")
        case (false, let detail?) where !allowed.contains(detail):
            line.add("答复细项", "“\(detail)”不是“\(result)”的细项（应为\(allowed.joined(separator: "、"))之一）")
        case (true, let detail?):
            // 区分处理: a partial answer may name why part was withheld; it still counts once, as 部分公开.
            let withheld = Vocabulary.responseDetails["不予公开"] ?? []
            if result != "部分公开" || !withheld.contains(detail) {
                line.add("答复细项", "“\(result)”没有细项，不能填写“\(detail)”")
            }
        default: break
        }
    }

    /// One proceedings line.
    func proceeding(_ row: CSVTable.Row, columns: [String: Int]) -> Result<LedgerProceeding, Problems> {
        var line = Line(decoder: self, row: row, columns: columns)
        guard line.shapeIsRight() else { return .failure(Problems(issues: line.issues)) }
        let application = line.required("申请编号")
        let stage = line.required("程序")
        if let stage, !Vocabulary.stages.contains(stage) { line.add("程序", "应为\(Vocabulary.stages.joined(separator: "、"))之一，而不是“\(stage)”") }
        let filed = line.date("立案日期", required: true)
        let decided = line.date("审结日期", required: false)
        if let decided, let filed, decided < filed { line.add("审结日期", "审结日期 \(decided) 早于立案日期 \(filed)") }
        let result = line.optional("结果")
        if let result {
            if line.optional("审结日期") == nil { line.add("审结日期", "有结果就必须填写审结日期") }
            let allowed = stage == "行政复议" ? Vocabulary.reconsiderationResults : Vocabulary.litigationResults
            if let stage, Vocabulary.stages.contains(stage), !allowed.contains(result) {
                line.add("结果", "“\(result)”不是\(stage)的结果（应为\(allowed.joined(separator: "、"))之一）")
            }
        } else if line.optional("审结日期") != nil {
            line.add("结果", "有审结日期就必须填写结果")
        }
        guard line.issues.isEmpty, let application, let stage, let filed else { return .failure(Problems(issues: line.issues)) }
        return .success(LedgerProceeding(applicationID: application, stage: stage, filed: filed, decided: decided, result: result))
    }

    fileprivate func issue(_ line: Int, _ column: String, _ message: String) -> LedgerIssue {
        LedgerIssue(file: file, line: line, column: column, message: message)
    }
}

/// The cells of one line, and the problems found in them so far.
private struct Line {
    let decoder: LedgerRowDecoder
    let row: CSVTable.Row
    let columns: [String: Int]
    var issues: [LedgerIssue] = []

    mutating func add(_ column: String, _ message: String) { issues.append(decoder.issue(row.line, column, message)) }

    /// Whether the line has as many cells as the header and its quoting is sound.
    mutating func shapeIsRight() -> Bool {
        if let problem = row.problem { add("引号", problem) }
        let expected = columns.count
        if row.fields.count != expected { add("列数", "本行有 \(row.fields.count) 个单元格，表头有 \(expected) 列") }
        return issues.isEmpty
    }

    /// A trimmed cell; nil when the column is absent or the cell empty.
    func optional(_ column: String) -> String? {
        guard let position = columns[column], position < row.fields.count else { return nil }
        let value = row.fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    mutating func required(_ column: String) -> String? {
        guard let value = optional(column) else {
            add(column, "必填，不能为空")
            return nil
        }
        return value
    }

    mutating func date(_ column: String, required: Bool) -> String? {
        guard let text = required ? self.required(column) : optional(column) else { return nil }
        switch LedgerDate.parse(text) {
        case .success(let date): return date
        case .failure(let error):
            add(column, error.message)
            return nil
        }
    }
}
