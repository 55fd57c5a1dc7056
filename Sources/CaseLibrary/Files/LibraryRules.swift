/// The rules that span records: ids unique across files, outcomes pointing at cases,
/// training material pointing at cases that exist.
enum LibraryRules {
    /// Checks records (with their display paths); returns the problems and the offsets of records
    /// that must be left out.
    /// - Parameter lines: the field lines of the record at an offset, asked for only to locate a
    ///   problem (a slim load keeps none and reads the file again).
    static func check(_ items: [(record: Record, path: String)], lines: (Int) -> [String: Int]) -> (problems: [LocatedProblem], rejected: Set<Int>) {
        var problems: [LocatedProblem] = []
        var rejected = Set<Int>()
        var firstByID: [String: Int] = [:]
        for (offset, item) in items.enumerated() {
            if let first = firstByID[item.record.id] {
                problems.append(LocatedProblem(path: item.path, line: lines(offset)["id"] ?? 1, problem: RecordProblem(
                    field: "id", message: "编号 \(item.record.id) 已被 \(items[first].path) 使用")))
                rejected.insert(offset)
            } else {
                firstByID[item.record.id] = offset
            }
        }
        let caseIDs = Set(items.filter { $0.record.kind == .case }.map(\.record.id))
        for (offset, item) in items.enumerated() where !rejected.contains(offset) {
            if let target = item.record.caseID, !caseIDs.contains(target) {
                problems.append(LocatedProblem(path: item.path, line: lines(offset)["case"] ?? 1, problem: RecordProblem(
                    field: "case", message: "引用的案例 \(target) 不在案例库中")))
                rejected.insert(offset)
            }
            if item.record.kind == .training {
                for (index, target) in item.record.list("cases").enumerated() where !caseIDs.contains(target) {
                    problems.append(LocatedProblem(path: item.path, line: lines(offset)["cases[\(index)]"] ?? lines(offset)["cases"] ?? 1,
                        problem: RecordProblem(field: "cases[\(index)]", message: "引用的案例 \(target) 不在案例库中")))
                    rejected.insert(offset)
                }
            }
        }
        return (problems, rejected)
    }
}
