/// The rules that span records: ids unique across files, outcomes pointing at cases,
/// training material pointing at cases that exist.
enum LibraryRules {
    /// Checks records (with their field lines and display paths); returns the problems and the
    /// offsets of records that must be left out.
    static func check(_ items: [(record: Record, lines: [String: Int], path: String)]) -> (problems: [LocatedProblem], rejected: Set<Int>) {
        var problems: [LocatedProblem] = []
        var rejected = Set<Int>()
        var firstByID: [String: Int] = [:]
        for (offset, item) in items.enumerated() {
            if let first = firstByID[item.record.id] {
                problems.append(LocatedProblem(path: item.path, line: item.lines["id"] ?? 1, problem: RecordProblem(
                    field: "id", message: "编号 \(item.record.id) 已被 \(items[first].path) 使用")))
                rejected.insert(offset)
            } else {
                firstByID[item.record.id] = offset
            }
        }
        let caseIDs = Set(items.filter { $0.record.kind == .case }.map(\.record.id))
        for (offset, item) in items.enumerated() where !rejected.contains(offset) {
            if let target = item.record.caseID, !caseIDs.contains(target) {
                problems.append(LocatedProblem(path: item.path, line: item.lines["case"] ?? 1, problem: RecordProblem(
                    field: "case", message: "引用的案例 \(target) 不在案例库中")))
                rejected.insert(offset)
            }
            if item.record.kind == .training {
                for (index, target) in item.record.list("cases").enumerated() where !caseIDs.contains(target) {
                    problems.append(LocatedProblem(path: item.path, line: item.lines["cases[\(index)]"] ?? item.lines["cases"] ?? 1,
                        problem: RecordProblem(field: "cases[\(index)]", message: "引用的案例 \(target) 不在案例库中")))
                    rejected.insert(offset)
                }
            }
        }
        return (problems, rejected)
    }
}
