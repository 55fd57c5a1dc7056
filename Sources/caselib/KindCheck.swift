import CaseLibrary
import CaseServices
import Foundation

/// Question-kind checks for `validate`: a warning for each provision a `kind` line of
/// `statutes/domain.txt` names that no version of the law in `Cases/statutes` has (第九十九条 for a
/// law of 56 articles): such a provision is never lifted, and nothing else would say so. A kind naming
/// a law the library has not imported is not reported: it lifts nothing until the law is imported,
/// and the shipped domain file names more laws than the sample library holds.
enum KindCheck {
    /// - Parameter linker: the library's statutes as `CitationCheck` loaded them (nil: none to check against).
    static func warnings(root: URL, linker: CitationLinker?) -> [LocatedProblem] {
        let relative = "\(StatuteSources.folderName)/\(StatuteDomain.fileName)"
        guard let linker, let text = try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
        else { return [] }
        let path = LibraryFolder(root: root).displayPath(relative)
        var warnings: [LocatedProblem] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmingCharacters(in: .whitespaces).hasPrefix("kind ") {
            for kind in StatuteDomain.parse(String(line), path: path).domain.questionKinds {
                for provision in kind.provisions {
                    let versions = linker.statutes.versions(of: provision.law)
                    guard let newest = versions.last, !versions.contains(where: { $0.article(provision.article) != nil }) else { continue }
                    let label = "第\(ChineseNumeral.format(provision.article) ?? String(provision.article))条"
                    warnings.append(LocatedProblem(path: path, line: offset + 1, problem: RecordProblem(
                        field: nil, message: "问题类型“\(kind.name)”：库中《\(newest.title)》的各个版本都没有\(label)，该条不会被提升")))
                }
            }
        }
        return warnings
    }
}
