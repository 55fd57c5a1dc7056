import CaseLibrary

/// A yearly compilation of typical cases, ready to render: everything in it is already selected,
/// ordered, numbered and (when asked) redacted, so renderers only format.
public struct Compilation: Sendable, Equatable {
    /// The title printed on the title page.
    public let title: String
    /// The issuing office (发布机关).
    public let issuingOffice: String
    /// The year compiled.
    public let year: Int
    /// The date printed as 编印日期, when one was given.
    public let generatedOn: String?
    /// Whether consultation notes are printed.
    public let includesConsultation: Bool
    /// The published cases grouped by category, in the spec's category order.
    public let sections: [CategorySection]
    /// Cases of the year left out, with why, in id order.
    public let excluded: [ExcludedCase]
    /// Statistics over all cases of the year.
    public let statistics: CompilationStatistics
    /// Cited provisions and the cases citing them.
    public let provisionIndex: [ProvisionIndexEntry]
    /// Published cases corrected by reconsideration or litigation, with what corrected them.
    public let correctedCases: [CorrectedCaseEntry]
    /// Personal identifiers masked in the published text (empty unless redaction was asked for).
    public let redactions: [FieldFinding]
    /// The facts of the 编写说明 (selection, review, redaction, editor).
    public let preface: CompilationPreface

    /// Every published case in compilation order.
    public var cases: [CompiledCase] { sections.flatMap(\.cases) }
}

/// One category's cases.
public struct CategorySection: Sendable, Equatable {
    /// The category (e.g. 行政处罚类).
    public let category: String
    /// Its cases in compilation order.
    public let cases: [CompiledCase]
    /// An anchor for links.
    public var anchor: String { "category-\((Vocabulary.categories.firstIndex(of: category) ?? 99) + 1)" }
}

/// A published case as printed.
public struct CompiledCase: Sendable, Equatable {
    /// The compilation number, e.g. `2024-03`.
    public let number: String
    /// The record id.
    public let id: String
    /// The case title.
    public let title: String
    /// The category.
    public let category: String
    /// The handling unit.
    public let unit: String
    /// 自然人 or 法人或其他组织.
    public let applicantType: String
    /// Date received, if known.
    public let received: String?
    /// Date answered, if known.
    public let answered: String?
    /// The OGI Regulations version applied (2008 or 2019).
    public let regime: String
    /// What was asked for.
    public let request: String
    /// The response group.
    public let response: String
    /// The annual-report sub-row, if any.
    public let responseDetail: String?
    /// How the answer was given.
    public let responseNote: String?
    /// Cited provisions.
    public let legalBasis: [String]
    /// Consultation notes.
    public let consultation: String?
    /// Commentary (评析).
    public let analysis: String?
    /// Keywords.
    public let tags: [String]
    /// Reconsideration and litigation outcomes in date order.
    public let outcomes: [CompiledOutcome]

    /// Whether any outcome corrected the agency.
    public var isCorrected: Bool { outcomes.contains { $0.effect == .corrected } }
    /// An anchor for links.
    public var anchor: String { "case-\(number)" }
}

/// A reconsideration or litigation outcome as printed.
public struct CompiledOutcome: Sendable, Equatable {
    /// The record id.
    public let id: String
    /// 行政复议, 一审, 二审 or 再审.
    public let stage: String
    /// The reconsideration body or court.
    public let body: String
    /// The document number, if any.
    public let number: String?
    /// The decision date.
    public let date: String
    /// The result (e.g. 撤销).
    public let result: String
    /// Reasoning and holding in brief.
    public let summary: String
    /// Whether it upheld, corrected or neither.
    public let effect: OutcomeEffect
}

/// A case of the year that was left out.
public struct ExcludedCase: Sendable, Equatable {
    /// The record id.
    public let id: String
    /// The title, with any personal identifier masked.
    public let title: String
    /// The review status as recorded.
    public let reviewStatus: String
    /// Every reason it was left out.
    public let reasons: [ExclusionReason]
}

/// One cited provision and the compilation numbers of the cases citing it.
public struct ProvisionIndexEntry: Sendable, Equatable {
    /// The provision as cited, e.g. `《政府信息公开条例》第三十六条第（三）项`.
    public let citation: String
    /// How the citation was understood (for sorting).
    public let reference: ProvisionReference
    /// Compilation numbers in order.
    public let caseNumbers: [String]
}

/// A published case corrected by an outcome.
public struct CorrectedCaseEntry: Sendable, Equatable {
    /// The compilation number.
    public let number: String
    /// The case title.
    public let title: String
    /// The correcting outcomes in date order.
    public let outcomes: [CompiledOutcome]
    /// The anchor of the case.
    public var anchor: String { "case-\(number)" }
}
