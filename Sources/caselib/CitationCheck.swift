import CaseLibrary
import CaseServices
import Foundation

/// Citation checks for `validate`, over each citation in a case's `legal_basis`:
/// - an error when the law is in `Cases/statutes` but no version of it has the article (a wrong
///   number: 《政府信息公开条例》第九十九条);
/// - a warning when it cannot be linked for a reason the library may well intend: the law is not
///   imported at all, or the version in force at the case's date is missing (a 2008-regime case
///   when only the 2019 Regulations are imported).
/// A library without statute files has no citation findings.
enum CitationCheck {
    /// Errors (fail validation) and warnings (reported only).
    struct Findings {
        var errors: [LocatedProblem] = []
        var warnings: [LocatedProblem] = []
    }

    static func problems(in contents: LibraryContents, root: URL) -> [LocatedProblem] { findings(in: contents, root: root).errors }

    static func findings(in contents: LibraryContents, root: URL) -> Findings {
        guard CitationLinker.hasStatutes(libraryRoot: root) else { return Findings() }
        let folder = LibraryFolder(root: root)
        let linker: CitationLinker
        do { linker = try CitationLinker.load(libraryRoot: root) } catch {
            return Findings(errors: [LocatedProblem(path: folder.displayPath(CitationLinker.statutesFolder), line: 1,
                                                    problem: RecordProblem(field: nil, message: "\(error)"))])
        }
        var findings = Findings()
        for stored in contents.records where stored.record.kind == .case {
            let unresolved = linker.legalBasisCitations(in: stored.record).joined().filter { !$0.resolved }
            guard !unresolved.isEmpty else { continue }
            let lines = fieldLines(root.appendingPathComponent(stored.relativePath))
            for linked in unresolved {
                let line = lines[linked.field] ?? lines["legal_basis"] ?? 1
                let versions = linker.statutes.versions(of: linked.lawKey)
                let path = folder.displayPath(stored.relativePath)
                if versions.isEmpty {
                    findings.warnings.append(LocatedProblem(path: path, line: line, problem: RecordProblem(
                        field: linked.field, message: "\(linked.canonicalCitation): 《\(linked.lawKey)》 is not in Cases/statutes, so it is not linked")))
                } else if versions.contains(where: { $0.article(linked.articleNumber) != nil }) {
                    findings.warnings.append(LocatedProblem(path: path, line: line, problem: RecordProblem(
                        field: linked.field, message: "\(linked.canonicalCitation): the version in force for this case is not in Cases/statutes, so it is not linked")))
                } else {
                    findings.errors.append(LocatedProblem(path: path, line: line, problem: RecordProblem(
                        field: linked.field, message: "\(linked.canonicalCitation) does not resolve to a statute in Cases/statutes")))
                }
            }
        }
        return findings
    }

    /// The line of each field of a record file (`legal_basis[1]` → its `- ` line).
    private static func fieldLines(_ url: URL) -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            return [:]
        }
        return RecordFileParser.parse(text).lines
    }
}
