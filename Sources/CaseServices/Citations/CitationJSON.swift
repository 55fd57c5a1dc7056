import CaseLibrary

/// The JSON shapes of linked citations, shared by the HTTP API and the command line.
public enum CitationJSON {
    /// `[{text, field, law, version, article, provision, provision_text, resolved, version_hint}]` — for
    /// the record view's `citations` member. `version`, `provision_text` are null when unresolved;
    /// `version_hint` is `earlier` / `later` when the text named the version (旧条例 / 新条例), else null.
    public static func citations(_ linked: [LinkedCitation]) -> JSONValue {
        .array(linked.map(citation))
    }

    /// The linked citations of a record (see `CitationLinker.citations(in:case:)`) as JSON.
    /// - Parameters:
    ///   - record: the record.
    ///   - linker: resolves the citations.
    ///   - caseRecord: for an outcome, the case it concerns (its date decides the versions).
    public static func citations(of record: Record, linker: CitationLinker, case caseRecord: Record? = nil) -> JSONValue {
        citations(linker.citations(in: record, case: caseRecord))
    }

    /// One linked citation.
    public static func citation(_ linked: LinkedCitation) -> JSONValue {
        .object([
            ("text", .string(linked.text)), ("field", .string(linked.field)), ("law", .string(linked.law)),
            ("version", linked.version.map(JSONValue.string) ?? .null), ("article", .string(linked.article)),
            ("provision", .string(linked.provision)), ("provision_text", linked.provisionText.map(JSONValue.string) ?? .null),
            ("resolved", .bool(linked.resolved)), ("version_hint", linked.versionHint.map { .string($0.rawValue) } ?? .null),
        ])
    }

    /// The article number in `15`, `十五`, `第十五条` or `第15条`.
    /// - Throws: `ServiceError.badInput` naming the value.
    public static func articleNumber(_ text: String) throws(ServiceError) -> Int {
        var core = Substring(text.trimmingCharacters(in: .whitespaces))
        if core.hasPrefix("第") { core = core.dropFirst() }
        if core.hasSuffix("条") { core = core.dropLast() }
        guard let number = Int(core) ?? CaseLibrary.ChineseNumeral.parse(core), number > 0 else {
            throw ServiceError.badInput("article: expected an article number such as 15 or 第十五条, got ‘\(text)’")
        }
        return number
    }

    /// `/api/statutes/{law}/{article}/cases`: the cases whose `legal_basis` applied an article,
    /// `{"law", "article", "count", "cases": [{id, title, year, unit, category, response, response_detail?, legal_basis}]}`.
    /// - Parameters:
    ///   - law: the law's name or alias as in the URL (percent-decoded).
    ///   - article: `15` or `第十五条`.
    ///   - records: every record; only cases visible by default are listed unless `includeHidden`.
    ///   - linker: the linker whose aliases read the law.
    /// - Throws: `ServiceError.badInput` for an unreadable article.
    public static func casesCiting(
        law: String, article: String, in records: [Record], linker: CitationLinker, includeHidden: Bool = false
    ) throws(ServiceError) -> JSONValue {
        let number = try articleNumber(article)
        let visible = includeHidden ? records : records.filter(\.isVisibleByDefault)
        let cases = linker.cases(citing: law, article: number, in: visible).sorted { $0.id < $1.id }
        return .object([
            ("law", .string(linker.parser.aliases.canonical(law))),
            ("article", .string("第\(CaseLibrary.ChineseNumeral.format(number) ?? String(number))条")),
            ("count", .number(String(cases.count))), ("cases", .array(cases.map(caseSummary))),
        ])
    }

    private static func caseSummary(_ record: Record) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(record.id)), ("title", .string(record.title))]
        if let year = record.year { members.append(("year", .number(String(year)))) }
        for field in ["unit", "category", "response", "response_detail"] {
            if let value = record.text(field) { members.append((field, .string(value))) }
        }
        members.append(("legal_basis", .array(record.legalBasis.map(JSONValue.string))))
        return .object(members)
    }
}
