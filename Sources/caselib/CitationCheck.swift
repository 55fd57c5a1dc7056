import CaseLibrary
import CaseServices
import Foundation

/// Citation checks for `validate`:
/// - in a case's `legal_basis`, an error when the law is in `Cases/statutes` but no version of it
///   has the article (a wrong number: 《政府信息公开条例》第九十九条);
/// - a warning for every other citation — in `legal_basis` or in the text of any record — that
///   cannot be linked: the law is not imported at all, the version it means (by the record's date,
///   or 旧条例 / 新条例 in the text; spec v1.1) is not in the library, or that version lacks the
///   article, paragraph or item. Such a citation is shown as unresolved, never with another
///   version's text.
/// A library without statute files has no citation findings.
enum CitationCheck {
    /// Errors (fail validation) and warnings (reported only).
    struct Findings {
        var errors: [LocatedProblem] = []
        var warnings: [LocatedProblem] = []
        /// The statutes as loaded for the check (nil when the library has none or they failed to load),
        /// so that other checks need not read them again.
        var linker: CitationLinker?
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
        var cases: [String: Record] = [:]
        for stored in contents.records where stored.record.kind == .case { cases[stored.record.id] = stored.record }
        var findings = Findings(linker: linker)
        for stored in contents.records {
            let record = stored.record
            let caseRecord = record.caseID.flatMap { cases[$0] }
            let basis = record.kind == .case ? Array(linker.legalBasisCitations(in: record).joined()) : []
            let unresolved = (basis + linker.textCitations(in: record, case: caseRecord)).filter { !$0.resolved }
            guard !unresolved.isEmpty else { continue }
            let lines = fieldLines(root.appendingPathComponent(stored.relativePath))
            let path = folder.displayPath(stored.relativePath)
            for linked in unresolved {
                let line = lines[linked.field] ?? lines["legal_basis"] ?? 1
                let (message, isError) = describe(linked, linker: linker, isCase: record.kind == .case)
                let problem = LocatedProblem(path: path, line: line, problem: RecordProblem(field: linked.field, message: message))
                if isError && linked.field.hasPrefix("legal_basis") { findings.errors.append(problem) } else { findings.warnings.append(problem) }
            }
        }
        return findings
    }

    /// Why a citation is not linked, and whether that is a wrong number (no version has the article).
    private static func describe(_ linked: LinkedCitation, linker: CitationLinker, isCase: Bool) -> (String, Bool) {
        let versions = linker.statutes.versions(of: linked.lawKey)
        let cited = linked.field.hasPrefix("legal_basis") ? linked.canonicalCitation : "\(linked.canonicalCitation)（‘\(linked.text)’）"
        if versions.isEmpty {
            return ("\(cited)：Cases/statutes 中没有《\(linked.lawKey)》，未能链接", false)
        }
        guard versions.contains(where: { $0.article(linked.articleNumber) != nil }) else {
            return ("\(cited)：在 Cases/statutes 中找不到该条文", true)
        }
        let meant: String
        switch linked.versionHint {
        case .earlier: meant = "文中所指的旧版本（旧条例/原条例/修订前）"
        case .later: meant = "文中所指的新版本（新条例/修订后）"
        case nil: meant = isCase ? "本案当时施行的版本" : "记录日期当时施行的版本"
        }
        if linked.version == nil {
            return ("\(cited)：Cases/statutes 中没有\(meant)，未能链接（显示为未解析）", false)
        }
        return ("\(cited)：\(meant)（\(linked.version ?? "")）中没有该款或该项，显示为未解析", false)
    }

    /// The line of each field of a record file (`legal_basis[1]` → its `- ` line).
    private static func fieldLines(_ url: URL) -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            return [:]
        }
        return RecordFileParser.parse(text).lines
    }
}
