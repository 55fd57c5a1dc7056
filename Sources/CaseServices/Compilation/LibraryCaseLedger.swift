import CaseLibrary

/// The library's cases that a compilation may show, read as a register, so that the compilation's
/// statistics follow the annual report's rules when the office keeps no register for the year.
///
/// A case is an application: received on `received` (else `answered`, else 1 July of `year`),
/// answered on `answered` (else the day received: a case records how it was answered). Outcomes
/// have only a decision date: a reconsideration is taken as filed on the day it was decided, a
/// first instance likewise, and each later instance as filed on the day the previous one was
/// decided (appeals follow the judgment within days). So a lawsuit whose appeal is decided in a
/// later year is 尚未审结 at the end of the first instance's year, and one remanded (发回重审) with
/// no retrial recorded stays 尚未审结.
enum LibraryCaseLedger {
    static func ledger(from records: [Record]) -> Ledger {
        let cases = records.filter { $0.kind == .case && CompilationBuilder.exclusionReasons(for: $0).isEmpty }
        var applications: [LedgerApplication] = []
        for record in cases {
            guard let year = record.year else { continue }
            let received = record.text("received") ?? record.text("answered") ?? "\(year)-07-01"
            let answered = max(record.text("answered") ?? received, received)
            let type = record.text("applicant_type") ?? "自然人"
            let subtype = record.text("applicant_subtype").flatMap { LedgerApplication.organisationSubtypes.contains($0) ? $0 : nil }
            applications.append(
                LedgerApplication(
                    id: record.id, received: received, applicantType: type, applicantSubtype: type == "自然人" ? nil : subtype,
                    unit: record.unit ?? "", answered: answered, result: record.response, detail: record.responseDetail,
                    caseID: record.id))
        }
        let included = Set(applications.map(\.id))
        var proceedings: [LedgerProceeding] = []
        for (caseID, outcomes) in CompilationBuilder.outcomesByCase(records) where included.contains(caseID) {
            var previousDecision: String?
            for outcome in outcomes {
                guard let stage = outcome.stage, let date = outcome.date else { continue }
                if stage == "行政复议" {
                    proceedings.append(LedgerProceeding(applicationID: caseID, stage: stage, filed: date, decided: date, result: outcome.result))
                    continue
                }
                let filed = min(previousDecision ?? date, date)
                proceedings.append(LedgerProceeding(applicationID: caseID, stage: stage, filed: filed, decided: date, result: outcome.result))
                previousDecision = date
            }
        }
        return Ledger(applications: applications, proceedings: proceedings)
    }
}
