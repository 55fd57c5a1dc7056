import CaseLibrary

/// Computes `CompilationStatistics` from records.
///
/// 尚未审结 (pending): outcomes are only recorded once decided, so a stage is known to be pending
/// only when a case's latest outcome is 发回重审 (remanded): the case is then pending at 一审
/// (retrial). A case with no outcome at all is not counted anywhere; every recorded outcome counts
/// once under its own stage as 结果维持, 结果纠正 or 其他结果.
enum StatisticsCalculator {
    static let litigationStages = ["一审", "二审", "再审"]

    static func statistics(year: Int, cases: [Record], outcomesByCase: [String: [Record]], previousCases: [Record], previousOutcomes: [String: [Record]]) -> CompilationStatistics {
        let outcomes = cases.flatMap { outcomesByCase[$0.id] ?? [] }
        let rows = outcomeRows(cases: cases, outcomesByCase: outcomesByCase)
        return CompilationStatistics(
            year: year, caseCount: cases.count, responseRows: responseRows(cases),
            outcomeRows: rows,
            disclosureRate: rate(disclosed(cases), cases.count, previous: (disclosed(previousCases), previousCases.count)),
            correctionRate: correction(outcomes, previous: previousCases.flatMap { previousOutcomes[$0.id] ?? [] }))
    }

    private static func disclosed(_ cases: [Record]) -> Int {
        cases.filter { $0.response == "予以公开" || $0.response == "部分公开" }.count
    }

    private static func correction(_ outcomes: [Record], previous: [Record]) -> CompilationStatistics.Rate {
        func counts(_ list: [Record]) -> (Int, Int) {
            let corrected = list.filter { $0.effect == .corrected }.count
            return (corrected, corrected + list.filter { $0.effect == .upheld }.count)
        }
        let now = counts(outcomes)
        return rate(now.0, now.1, previous: counts(previous))
    }

    private static func rate(_ numerator: Int, _ denominator: Int, previous: (Int, Int)) -> CompilationStatistics.Rate {
        CompilationStatistics.Rate(
            numerator: numerator, denominator: denominator,
            previous: previous.1 > 0 ? .init(numerator: previous.0, denominator: previous.1) : nil)
    }

    private static func responseRows(_ cases: [Record]) -> [CompilationStatistics.ResponseRow] {
        func count(_ matching: (Record) -> Bool) -> (Int, Int) {
            let hits = cases.filter(matching)
            let natural = hits.filter { $0.text("applicant_type") == "自然人" }.count
            return (natural, hits.count - natural)
        }
        var rows: [CompilationStatistics.ResponseRow] = []
        for group in Vocabulary.responses {
            let details = Vocabulary.responseDetails[group] ?? []
            var subRows: [CompilationStatistics.ResponseRow] = []
            for detail in details {
                let (natural, organisations) = count { $0.response == group && $0.responseDetail == detail }
                subRows.append(.init(label: detail, group: group, level: 1, naturalPersons: natural, organisations: organisations))
            }
            let (natural, organisations) =
                details.isEmpty
                ? count { $0.response == group }
                : (subRows.reduce(0) { $0 + $1.naturalPersons }, subRows.reduce(0) { $0 + $1.organisations })
            rows.append(.init(label: group, group: group, level: 0, naturalPersons: natural, organisations: organisations))
            rows += subRows
        }
        let groups = rows.filter { $0.level == 0 }
        rows.append(
            .init(
                label: "总计", group: "总计", level: 0, naturalPersons: groups.reduce(0) { $0 + $1.naturalPersons },
                organisations: groups.reduce(0) { $0 + $1.organisations }))
        return rows
    }

    private static func outcomeRows(cases: [Record], outcomesByCase: [String: [Record]]) -> [CompilationStatistics.OutcomeRow] {
        var pendingFirstInstance = 0
        for record in cases {
            if let latest = outcomesByCase[record.id]?.last, latest.result == "发回重审" { pendingFirstInstance += 1 }
        }
        let outcomes = cases.flatMap { outcomesByCase[$0.id] ?? [] }
        var rows: [CompilationStatistics.OutcomeRow] = Vocabulary.stages.map { stage in
            let atStage = outcomes.filter { $0.stage == stage }
            return .init(
                stage: stage, upheld: atStage.filter { $0.effect == .upheld }.count,
                corrected: atStage.filter { $0.effect == .corrected }.count,
                other: atStage.filter { $0.effect == .other }.count, pending: stage == "一审" ? pendingFirstInstance : 0)
        }
        let litigation = rows.filter { litigationStages.contains($0.stage) }
        rows.append(
            .init(
                stage: "诉讼合计", upheld: litigation.reduce(0) { $0 + $1.upheld },
                corrected: litigation.reduce(0) { $0 + $1.corrected }, other: litigation.reduce(0) { $0 + $1.other },
                pending: litigation.reduce(0) { $0 + $1.pending }))
        return rows
    }
}
