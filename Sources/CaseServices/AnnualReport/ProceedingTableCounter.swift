import CaseLibrary

/// Counts table 四 from the register's proceedings.
///
/// The unit is a proceeding: one reconsideration (one 行政复议 line), or one lawsuit (all the
/// 一审, 二审, 再审 lines of an application). A proceeding counts in a period when it is decided in
/// the period, or as 尚未审结 when it was filed by the period's end and not decided by then.
/// A lawsuit's state at the period's end is that of its latest instance filed by then: undecided,
/// or remanded (发回重审) with no retrial filed yet, means 尚未审结; an instance filed after the
/// period does not change it. The result is the final instance's, except that 驳回上诉维持原判
/// keeps the previous instance's. A lawsuit is 复议后起诉 when its application has a 行政复议 line
/// filed before the lawsuit's first instance.
enum ProceedingTableCounter {
    enum Status: Equatable {
        case notCounted
        case pending
        case decided(OutcomeEffect)
    }

    static func rows(_ ledger: Ledger, period: ReportPeriod) -> [AnnualReport.ProceedingRow] {
        var statuses: [String: [Status]] = [:]
        for (_, lines) in ledger.proceedingsByApplication {
            let reconsiderations = lines.filter(\.isReconsideration)
            for reconsideration in reconsiderations {
                statuses["行政复议", default: []].append(status(ofReconsideration: reconsideration, period: period))
            }
            let instances = lines.filter { !$0.isReconsideration }.sorted(by: Ledger.proceedingOrder)
            guard let first = instances.first else { continue }
            let afterReconsideration = reconsiderations.contains { $0.filed < first.filed }
            statuses[afterReconsideration ? "复议后起诉" : "未经复议直接起诉", default: []]
                .append(status(ofLawsuit: instances, period: period))
        }
        return ReportTemplate.proceedingCategories.map { category in
            let list = statuses[category] ?? []
            func count(_ wanted: Status) -> Int { list.filter { $0 == wanted }.count }
            return AnnualReport.ProceedingRow(
                category: category, upheld: count(.decided(.upheld)), corrected: count(.decided(.corrected)),
                other: count(.decided(.other)), pending: count(.pending), total: list.filter { $0 != .notCounted }.count)
        }
    }

    static func status(ofReconsideration line: LedgerProceeding, period: ReportPeriod) -> Status {
        guard line.filed <= period.end else { return .notCounted }
        guard let decided = line.decided, decided <= period.end, let result = line.result else { return .pending }
        return decided >= period.start ? .decided(Vocabulary.effect(ofResult: result)) : .notCounted
    }

    /// - Parameter instances: the lawsuit's instances in 立案日期 then stage order.
    static func status(ofLawsuit instances: [LedgerProceeding], period: ReportPeriod) -> Status {
        let known = instances.filter { $0.filed <= period.end }
        guard let latest = known.last else { return .notCounted }
        guard let decided = latest.decided, decided <= period.end, let result = latest.result, result != "发回重审" else {
            return .pending
        }
        guard decided >= period.start else { return .notCounted }
        var index = known.count - 1
        var effective = result
        while effective == "驳回上诉维持原判", index > 0 {
            index -= 1
            guard let earlier = known[index].result, earlier != "发回重审" else { break }
            effective = earlier
        }
        return .decided(Vocabulary.effect(ofResult: effective))
    }
}
