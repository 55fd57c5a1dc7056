import CaseLibrary
import CaseServices
import Foundation

/// Citation problems for `validate`: each citation in a case's `legal_basis` that does not resolve
/// to a statute of `Cases/statutes` (law unknown, version absent for the case's regime, article,
/// paragraph or item missing). A library without statute files has no citation problems.
enum CitationCheck {
    static func problems(in contents: LibraryContents, root: URL) -> [LocatedProblem] {
        guard CitationLinker.hasStatutes(libraryRoot: root) else { return [] }
        let folder = LibraryFolder(root: root)
        let linker: CitationLinker
        do { linker = try CitationLinker.load(libraryRoot: root) } catch {
            return [LocatedProblem(path: folder.displayPath(CitationLinker.statutesFolder), line: 1,
                                   problem: RecordProblem(field: nil, message: "\(error)"))]
        }
        var problems: [LocatedProblem] = []
        for stored in contents.records where stored.record.kind == .case {
            let unresolved = linker.legalBasisCitations(in: stored.record).joined().filter { !$0.resolved }
            guard !unresolved.isEmpty else { continue }
            let lines = fieldLines(root.appendingPathComponent(stored.relativePath))
            for linked in unresolved {
                let line = lines[linked.field] ?? lines["legal_basis"] ?? 1
                problems.append(LocatedProblem(
                    path: folder.displayPath(stored.relativePath), line: line,
                    problem: RecordProblem(field: linked.field, message: "\(linked.canonicalCitation) does not resolve to a statute in Cases/statutes")))
            }
        }
        return problems
    }

    /// The line of each field of a record file (`legal_basis[1]` → its `- ` line).
    private static func fieldLines(_ url: URL) -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            return [:]
        }
        return RecordFileParser.parse(text).lines
    }
}
