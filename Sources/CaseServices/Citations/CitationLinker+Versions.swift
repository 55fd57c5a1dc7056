import CaseLibrary

/// Which statute version a citation means (spec v1.1, “Which statute version a citation means”).
extension CitationLinker {
    /// The day before the 2019 Regulations took effect: the last day of the 2008 version.
    static let regime2008End = "2019-05-14"

    /// The statute version a citation of `record` refers to, or nil when the library does not have it.
    ///
    /// - The text's own words decide first (`Citation.versionHint`): for the OGI Regulations the
    ///   earlier version is the one in force on 2019-05-14 and the later one the one in force from
    ///   2019-05-15 (or on the record's date when later); for any other law the revision meant is
    ///   the latest one the library has — earlier is the version in force the day before it, later
    ///   is that latest version.
    /// - Else the OGI Regulations of a case with a `regime` follow it (`2008`: the version in force
    ///   on the case's date but no later than 2019-05-14; `2019`: no earlier than 2019-05-15).
    /// - Else the version in force on the record's date (`date(of:case:)`); a record without a date
    ///   reads the latest version.
    ///
    /// A date before every version the library has gives nil: the version in force then is missing.
    /// - Parameters:
    ///   - citation: the citation.
    ///   - record: the record it was found in.
    ///   - caseRecord: for an outcome, the case it concerns.
    public func document(for citation: Citation, record: Record, case caseRecord: Record? = nil) -> LawDocument? {
        let law = citation.canonicalLaw
        let date = Self.date(of: record, case: caseRecord)
        if let hint = citation.versionHint { return document(for: law, hint: hint, date: date) }
        let regimeSource = record.kind == .outcome ? caseRecord : record
        if law == Self.ogiLaw, let regimeSource, regimeSource.kind == .case, let regime = regimeSource.text("regime") {
            if regime == "2008" { return statutes.document(for: law, inForceOn: min(date ?? Self.regime2008End, Self.regime2008End)) }
            let candidate = statutes.document(for: law, inForceOn: max(date ?? Self.regime2019Start, Self.regime2019Start))
            return candidate.flatMap { ($0.effectiveDate ?? "") >= Self.regime2019Start ? $0 : nil }
        }
        return statutes.document(for: law, inForceOn: date)
    }

    /// The version of `law` a citation with `hint` means (see `document(for:record:case:)`).
    public func document(for law: String, hint: VersionHint, date: String?) -> LawDocument? {
        let versions = statutes.versions(of: law)
        let boundary: String
        if law == Self.ogiLaw {
            boundary = Self.regime2019Start
        } else {
            guard let latest = versions.last?.effectiveDate else { return hint == .later ? versions.last : nil }
            boundary = latest
        }
        switch hint {
        case .earlier:
            return versions.last { ($0.effectiveDate ?? "") < boundary }
        case .later:
            let day = max(date ?? boundary, boundary)
            return versions.last { ($0.effectiveDate ?? "") <= day && ($0.effectiveDate ?? "") >= boundary }
        }
    }

    /// The date a record's citations are read at: for a case `received`, else `answered`, else
    /// `{year}-07-01`; for an outcome its case's date (its own `date` when the case is not given);
    /// for training material its `date`; nil when there is none.
    /// - Parameters:
    ///   - record: the record.
    ///   - caseRecord: for an outcome, the case it concerns.
    public static func date(of record: Record, case caseRecord: Record? = nil) -> String? {
        switch record.kind {
        case .case:
            return record.text("received") ?? record.text("answered") ?? record.year.map { "\($0)-07-01" }
        case .outcome:
            if let caseRecord, caseRecord.kind == .case { return date(of: caseRecord) }
            return record.date
        case .training:
            return record.date
        }
    }
}
