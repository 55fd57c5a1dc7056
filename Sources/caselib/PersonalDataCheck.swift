import CaseLibrary
import CaseServices
import Foundation

/// The personal-data warnings of `validate`: each name, address, number … still in a record a
/// reader may see (`PersonalDataAudit.isPublishable`), as `path:line: 警告：field: message` —
/// the kind, never the value. Warnings do not fail validation: `compile --redact` masks them.
enum PersonalDataCheck {
    static func warnings(in contents: LibraryContents, root: URL) -> [LocatedProblem] {
        let folder = LibraryFolder(root: root)
        var cases: [String: Record] = [:]
        for stored in contents.records where stored.record.kind == .case { cases[stored.record.id] = stored.record }
        var warnings: [LocatedProblem] = []
        for stored in contents.records where PersonalDataAudit.isPublishable(stored.record, cases: cases) {
            let findings = PersonalDataAudit.findings(in: stored.record)
            guard !findings.isEmpty else { continue }
            let lines = RecordFileParser.parse(
                (try? String(contentsOf: root.appendingPathComponent(stored.relativePath), encoding: .utf8)) ?? "").lines
            for finding in findings {
                let base = finding.field.split(separator: "[").first.map(String.init) ?? finding.field
                warnings.append(LocatedProblem(
                    path: folder.displayPath(stored.relativePath), line: lines[finding.field] ?? lines[base] ?? 1,
                    problem: RecordProblem(field: finding.field, message:
                        "可能公开的记录中含有个人信息（\(finding.kind.rawValue)，\(finding.kind.label)）；请遮盖，或编印时加 --redact")))
            }
        }
        return warnings
    }
}
