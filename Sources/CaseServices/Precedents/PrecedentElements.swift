import CaseIndex
import CaseLibrary

/// The legal-element side of precedent ranking: the application's elements, the query part that
/// asks for them, and each candidate's elements as indexed (read in one batched call).
struct PrecedentElements {
    let elements: LegalElements
    /// The application's elements.
    let application: ElementProfile

    init(elements: LegalElements, request: PrecedentFinder.Request) {
        self.elements = elements
        var fields: [String: String] = [:]
        if let category = request.category { fields["category"] = category }
        if let response = request.response { fields["response"] = response }
        application = elements.profile(text: request.text, fields: fields)
    }

    /// The query part asking for the application's elements (nil when it has none).
    func query(scale: Double) -> IndexQuery? {
        let terms = application.pairs.map { IndexQuery.term(IndexSchema.elementTerm(dimension: $0.dimension, element: $0.element)) }
        guard !terms.isEmpty, scale > 0 else { return nil }
        return .scaled(.or(terms), scale)
    }

    /// Each match's elements, as indexed with it.
    func profiles(of matches: [IndexReader.Match], reader: IndexReader) throws -> [ElementProfile] {
        guard !application.isEmpty, !matches.isEmpty else { return matches.map { _ in ElementProfile() } }
        let pairs = elements.dimensions.flatMap { dimension in dimension.elements.map { (dimension.name, $0.name) } }
        let terms = pairs.map { IndexSchema.elementTerm(dimension: $0.0, element: $0.1) }
        let present = try reader.terms(terms, matchedBy: matches)
        let pairByTerm = Dictionary(zip(terms, pairs), uniquingKeysWith: { first, _ in first })
        return present.map { found in
            var byDimension: [String: [String]] = [:]
            for term in found { if let pair = pairByTerm[term] { byDimension[pair.0, default: []].append(pair.1) } }
            return ElementProfile(elements: byDimension)
        }
    }

    /// The comparison of a precedent with the application.
    func compare(_ precedent: ElementProfile) -> [ElementComparison] {
        ElementComparison.compare(application: application, precedent: precedent, elements: elements)
    }
}
