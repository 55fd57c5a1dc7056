import CaseLibrary
import Foundation

/// Citation problems for `validate` (filled in with statute linking).
enum CitationCheck {
    static func problems(in contents: LibraryContents, root: URL) -> [LocatedProblem] { [] }
}
