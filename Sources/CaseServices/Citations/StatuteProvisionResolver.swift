import CaseLibrary

/// Reads cited provisions for the compilation's provision index with `CitationParser`, so that
/// aliases meet: 《条例》第十五条 and 《中华人民共和国政府信息公开条例》第十五条 both become
/// `政府信息公开条例` article 15 and are listed together as `《政府信息公开条例》第十五条`.
public struct StatuteProvisionResolver: ProvisionResolving {
    /// The parser (its alias table decides which names meet).
    public let parser: CitationParser

    /// Makes a resolver; bare articles (第十五条) are read as articles of the OGI Regulations.
    public init(parser: CitationParser = CitationParser()) {
        self.parser = parser
    }

    /// The first provision of the citation; the whole text as the law when none is found.
    public func resolve(_ citation: String) -> ProvisionReference {
        references(in: citation).first ?? ProvisionReference(law: citation, article: nil)
    }

    /// Every provision of the citation (`第十四条、第十五条` gives two), each with its canonical
    /// `《law》label` display form; an entry naming no article (`《保守国家秘密法》`) is kept as written.
    public func references(in citation: String) -> [ProvisionReference] {
        let found = parser.citations(in: citation).map {
            ProvisionReference(law: $0.canonicalLaw, article: $0.article, paragraph: $0.paragraph, item: $0.item, display: $0.description)
        }
        return found.isEmpty ? [ProvisionReference(law: citation, article: nil)] : found
    }
}
