import CaseLibrary
import Foundation

extension LibrarySession {
    /// The statute articles that apply to an application: those statute search finds for its text
    /// and those its best precedents cite in `legal_basis` (weighted by the precedents' scores and
    /// outcomes; a corrected precedent's articles are not counted as support), each resolved to the
    /// version in force on the application's date. See `ApplicableArticles` for the weights.
    ///
    /// - Parameters:
    ///   - request: the application, as given to ``precedents(_:)``.
    ///   - precedents: its precedents, best first (usually ``precedents(_:)``'s answer to `request`).
    ///   - date: the application's date, `YYYY-MM-DD`; today when nil.
    ///   - limit: how many articles to return.
    /// - Returns: the articles, best first.
    /// - Throws: ``ServiceError/badInput(_:)`` for an empty text; index errors.
    public func applicableArticles(for request: PrecedentFinder.Request, precedents: [PrecedentResult], on date: String? = nil,
                                   limit: Int = 10) throws -> [ApplicableArticle] {
        let found = try statutes(answering: request.text, limit: 10)
        let linker = files.linker ?? CitationLinker()
        return ApplicableArticles(linker: linker).combine(precedents: precedents, found: found, on: date ?? Self.today(), limit: limit)
    }
}
