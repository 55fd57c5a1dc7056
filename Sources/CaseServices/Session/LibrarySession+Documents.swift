import CaseIndex
import CaseLibrary

extension LibrarySession {
    /// Precedents for an application, over the cases the viewer may see.
    ///
    /// - Throws: ``ServiceError/badInput(_:)`` for an empty text or an unknown category or response;
    ///   ``ServiceError/forbidden(_:)`` when hidden cases are asked for by a viewer who may not see them.
    public func precedents(_ request: PrecedentFinder.Request) throws -> [PrecedentResult] {
        refreshIfDue()
        var request = request
        request.includeHidden = try allowsHidden(request.includeHidden)
        return try reachingShards { try precedentFinder(includeHidden: request.includeHidden).find(request) }
    }

    /// The statute articles that best answer a practical question; "cited by" counts only the
    /// records the viewer may see.
    public func statutes(answering question: String, limit: Int = 10, weights: StatuteWeights = StatuteWeights()) throws -> [StatuteResult] {
        refreshIfDue()
        let hidden = viewer.mayReadHidden
        let key = try revisionKey() + (hidden ? ":all" : ":visible") + ":\(weights)"
        let finder = files.statuteFinder(key: key) { domain in
            StatuteFinder(reader: reader, weights: weights, domain: domain, includeHidden: hidden)
        }
        return try finder.find(question, limit: limit)
    }

    /// The cases citing an article of a law, among those the viewer may see.
    ///
    /// - Throws: ``ServiceError/notFound(_:)`` when the library has no statutes;
    ///   ``ServiceError/badInput(_:)`` for an unreadable article number.
    public func casesCiting(law: String, article: String, includeHidden: Bool = false) throws -> CitingCases {
        refreshIfDue()
        let hidden = try allowsHidden(includeHidden)
        guard let linker = files.linker else {
            throw ServiceError.notFound("案例库中没有法规（Cases/statutes 为空）：请先用 caselib statutes import 导入")
        }
        let number = try ArticleNumber.parse(article)
        let cases = linker.cases(citing: law, article: number, in: try visibleRecords(includeHidden: hidden))
            .sorted { $0.id < $1.id }
        var citing = CitingCases(law: linker.parser.aliases.canonical(law),
                                 article: "第\(CaseLibrary.ChineseNumeral.format(number) ?? String(number))条", cases: cases)
        citing.statuses = try CaseOutcomes.histories(ofCases: cases.map(\.id), reader: reader).mapValues(\.status)
        return citing
    }

    /// The yearly compilation, always redacted (a service never hands out a raw identifier), from
    /// the records every member may see.
    ///
    /// - Throws: ``ServiceError/refused(_:)`` when `compilation.conf` is unusable;
    ///   ``ServiceError/failure(_:)`` when it cannot be built.
    public func compilation(year: Int) throws -> Compilation {
        refreshIfDue()
        try requireRight(.export)
        let root = library.folder.root
        // Kept per index revision and settings: a compilation reads every record, so a flood of
        // requests must not rebuild it each time (the records it reads are those every member sees).
        let key = "compilation:\(year):\(try revisionKey()):"
            + LibraryFileCache.stamp(LibraryFiles.url(LibraryFiles.compilationConfig, in: root)) + ":"
            + LibraryFileCache.folderStamp(root.appendingPathComponent(LedgerFolder.folderName))
        do {
            return try files.result(key) {
                let records = try visibleRecords(includeHidden: false)
                let options = try CompilationConfig.load(libraryRoot: root).options(redact: true)
                let register = try RegisterService(libraryRoot: root).storedLedger(allowEmpty: true)
                return try CompilationBuilder(provisionResolver: StatuteProvisionResolver())
                    .build(records: records, year: year, options: options, register: register)
            }
        } catch let error as CompilationError {
            let refused = error.code == .invalidOptions || error.code == .statisticsCheckFailed
            throw refused ? ServiceError.refused(error.message) : ServiceError.failure(error.message)
        }
    }

    /// Tables 三 and 四 of the annual report (or a quarterly bulletin) from the application register
    /// (exporters). The register counts every application the bureau received, so it is the same
    /// for every exporter.
    public func annualReport(year: Int, quarter: Int?) throws -> AnnualReport {
        try requireRight(.export)
        return try RegisterService(libraryRoot: library.folder.root).report(try ReportPeriod(year: year, quarter: quarter))
    }

    /// A course pack from a spec given as JSON (see ``course(_:)``).
    public func course(json: JSONValue) throws(ServiceError) -> CoursePack.Rendered {
        let spec: CourseSpec
        do { spec = try CourseSpec(json: json) } catch { throw error.serviceError }
        return try course(spec)
    }

    /// A course pack from a spec, over the records the viewer may see: an id the viewer may not
    /// see is refused exactly as an unknown one is.
    ///
    /// - Throws: ``ServiceError/badInput(_:)`` for a bad spec or query; ``ServiceError/failure(_:)``.
    public func course(_ spec: CourseSpec) throws(ServiceError) -> CoursePack.Rendered {
        refreshIfDue()
        guard viewer.may(.buildCourses) else { throw .forbidden("当前角色（\(viewer.role.label)）无权执行此操作") }
        let records: [Record]
        do { records = try visibleRecords(includeHidden: viewer.mayReadHidden) } catch {
            throw .failure("无法读取案例库：\(error)")
        }
        let linker = files.linker ?? CitationLinker()
        let search = IndexCourseSearch(reader: reader, includeHidden: viewer.mayReadHidden)
        do {
            return CoursePack.render(try CourseBuilder(linker: linker).build(spec, records: records, search: search))
        } catch {
            throw error.serviceError
        }
    }

    /// Every record the call may see, read once per index revision.
    func visibleRecords(includeHidden: Bool) throws -> [Record] {
        let all = files.records(revision: try revisionKey())
        guard !includeHidden else { return all }
        let hiddenCases = Set(all.filter { $0.kind == .case && !$0.isVisibleByDefault }.map(\.id))
        return all.filter { record in
            guard record.isVisibleByDefault else { return false }
            return !(record.caseID.map(hiddenCases.contains) ?? false)
        }
    }
}
