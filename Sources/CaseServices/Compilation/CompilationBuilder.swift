import CaseLibrary

/// Builds the yearly compilation model from all records: selects the publishable cases of the
/// year, lists every other case of the year with why it was left out, scans published text for
/// personal identifiers, numbers the cases and computes the year's statistics.
///
/// The builder is pure and deterministic: the same records and options give an equal
/// `Compilation`, and it never reads a clock.
public struct CompilationBuilder: Sendable {
    private let scanner: PersonalDataScanner
    private let provisionResolver: any ProvisionResolving

    /// Makes a builder.
    /// - Parameters:
    ///   - scanner: finds personal identifiers.
    ///   - provisionResolver: understands cited provisions for the provision index.
    public init(scanner: PersonalDataScanner = PersonalDataScanner(), provisionResolver: any ProvisionResolving = DefaultProvisionResolver()) {
        self.scanner = scanner
        self.provisionResolver = provisionResolver
    }

    /// Why a case may not be published; empty when it may.
    public static func exclusionReasons(for record: Record) -> [ExclusionReason] {
        var reasons: [ExclusionReason] = []
        switch record.review {
        case .reviewed: break
        case .rejected: reasons.append(.rejected)
        case .draft, .submitted, nil: reasons.append(.notReviewed)
        }
        if !record.secrecyChecked { reasons.append(.secrecyNotChecked) }
        if !record.isPublishable { reasons.append(.notPublishable) }
        if record.recordScope == .restricted { reasons.append(.restricted) }
        return reasons
    }

    /// Builds the compilation of `year`.
    /// - Parameters:
    ///   - records: every record (cases, outcomes, training); only cases and their outcomes are used.
    ///   - year: the year whose cases are compiled (a case's `year`, the year the application was received).
    ///   - options: title, issuing office, redaction, date.
    ///   - register: the application register, when the library has one: the statistics come from
    ///     it for a year it covers, else from the cases the compilation may show.
    ///   - progress: called after each step with (done, total, message).
    /// - Returns: the compilation, ready to render.
    /// - Throws: `CompilationError` with code `personalData` (listing `record-id field: kind`, never a
    ///   value) when published text contains identifiers and `options.redact` is false;
    ///   `invalidOptions` for a malformed `generatedOn` or a year outside 1990–2100;
    ///   `statisticsCheckFailed` when a check of the statistics tables fails.
    public func build(
        records: [Record], year: Int, options: CompilationOptions, register: Ledger? = nil, progress: CompilationProgress? = nil
    ) throws -> Compilation {
        if let date = options.generatedOn, !CalendarDate.isValid(date) {
            throw CompilationError(code: .invalidOptions, message: "编印日期应为 YYYY-MM-DD，收到 \(date)")
        }
        let outcomesByCase = Self.outcomesByCase(records)
        let yearCases = cases(of: year, in: records)
        let selected = yearCases.filter { Self.exclusionReasons(for: $0).isEmpty }.sorted(by: Self.compilationOrder)
        let total = selected.count + 3
        var cleaner = CaseTextCleaner(scanner: scanner, redact: options.redact)
        var compiled: [CompiledCase] = []
        for (offset, record) in selected.enumerated() {
            let number = "\(year)-\(offset + 1 < 10 ? "0" : "")\(offset + 1)"
            compiled.append(cleaner.compiledCase(record, number: number, outcomes: outcomesByCase[record.id] ?? []))
            progress?(offset + 1, total, "scanned \(record.id)")
        }
        let findings = cleaner.findings.sorted()
        if !findings.isEmpty && !options.redact { throw CompilationError.personalData(findings) }
        let excluded = yearCases.compactMap(excludedCase).sorted { $0.id < $1.id }
        progress?(selected.count + 1, total, "已列出未入选案例 \(excluded.count) 件")
        let statistics = try Self.statistics(year: year, records: records, register: register)
        progress?(selected.count + 2, total, "已完成统计")
        let sections = Vocabulary.categories.compactMap { category -> CategorySection? in
            let inCategory = compiled.filter { $0.category == category }
            return inCategory.isEmpty ? nil : CategorySection(category: category, cases: inCategory)
        }
        let result = Compilation(
            title: options.resolvedTitle(year: year), issuingOffice: options.issuingOffice, year: year,
            generatedOn: options.generatedOn, includesConsultation: options.includeConsultation, sections: sections,
            excluded: excluded, statistics: statistics, provisionIndex: provisionIndex(compiled),
            correctedCases: compiled.filter(\.isCorrected).map {
                CorrectedCaseEntry(number: $0.number, title: $0.title, outcomes: $0.outcomes.filter { $0.effect == .corrected })
            },
            redactions: findings,
            preface: CompilationPreface(
                year: year, yearCases: yearCases, selected: selected, corrected: compiled.filter(\.isCorrected).count,
                findings: findings, options: options))
        progress?(total, total, "已编成汇编，共 \(compiled.count) 件案例")
        return result
    }

    private static func statistics(year: Int, records: [Record], register: Ledger?) throws -> CompilationStatistics {
        let statistics: CompilationStatistics
        do {
            statistics = try StatisticsCalculator.statistics(year: year, records: records, register: register)
        } catch let error as ServiceError {
            throw CompilationError(code: .invalidOptions, message: error.description)
        }
        let failed = statistics.report.failedChecks
        guard failed.isEmpty else {
            throw CompilationError(
                code: .statisticsCheckFailed,
                message: "统计表核对不符，不能编印：" + failed.map { "\($0.name)：\($0.figures)" }.joined(separator: "；"))
        }
        return statistics
    }

    private func cases(of year: Int, in records: [Record]) -> [Record] {
        records.filter { $0.kind == .case && $0.year == year }
    }

    private func excludedCase(_ record: Record) -> ExcludedCase? {
        let reasons = Self.exclusionReasons(for: record)
        guard !reasons.isEmpty else { return nil }
        // Excluded titles are always masked: excluded.txt is output too.
        return ExcludedCase(
            id: record.id, title: Redactor.redact(record.title, scanner: scanner).text,
            reviewStatus: record.reviewStatus ?? "", reasons: reasons)
    }

    private func provisionIndex(_ cases: [CompiledCase]) -> [ProvisionIndexEntry] {
        var citations: [(text: String, reference: ProvisionReference)] = []
        var numbers: [String: [String]] = [:]
        for compiled in cases {
            for entry in compiled.legalBasis {
                for reference in provisionResolver.references(in: entry) {
                    let text = reference.display ?? entry
                    if numbers[text] == nil { citations.append((text, reference)) }
                    if numbers[text]?.contains(compiled.number) != true { numbers[text, default: []].append(compiled.number) }
                }
            }
        }
        return citations.map {
            ProvisionIndexEntry(citation: $0.text, reference: $0.reference, caseNumbers: numbers[$0.text] ?? [])
        }
        .sorted { ($0.reference, $0.citation) < ($1.reference, $1.citation) }
    }

    /// Outcomes grouped by case id, each list in date, stage, id order.
    static func outcomesByCase(_ records: [Record]) -> [String: [Record]] {
        var grouped: [String: [Record]] = [:]
        for record in records where record.kind == .outcome {
            if let caseID = record.caseID { grouped[caseID, default: []].append(record) }
        }
        return grouped.mapValues { list in
            list.sorted {
                let left = ($0.date ?? "", Vocabulary.stages.firstIndex(of: $0.stage ?? "") ?? 9, $0.id)
                let right = ($1.date ?? "", Vocabulary.stages.firstIndex(of: $1.stage ?? "") ?? 9, $1.id)
                return left < right
            }
        }
    }

    /// Category in spec order, then received date (undated last), then id.
    static func compilationOrder(_ lhs: Record, _ rhs: Record) -> Bool {
        func key(_ record: Record) -> (Int, String, String) {
            (
                Vocabulary.categories.firstIndex(of: record.category ?? "") ?? Vocabulary.categories.count,
                record.text("received") ?? "9999-99-99", record.id
            )
        }
        return key(lhs) < key(rhs)
    }
}
