/// What a compilation is called, who issues it, and how it treats personal data.
public struct CompilationOptions: Sendable, Equatable {
    /// The title; nil gives `{year}年度政府信息公开典型案例汇编`.
    public var title: String?
    /// The issuing office (发布机关) printed on the title page.
    public var issuingOffice: String
    /// Mask personal identifiers instead of refusing to build when any are found.
    public var redact: Bool
    /// The date printed as 编印日期 (`YYYY-MM-DD`), given explicitly — the builder never reads a clock.
    public var generatedOn: String?
    /// Print the consultation notes (会商意见) of each case. Off by default: they are internal deliberation.
    public var includeConsultation: Bool
    /// Who edited the compilation (编写), printed in the 编写说明; nil names the issuing office.
    public var editor: String?

    /// Makes options.
    public init(
        title: String? = nil, issuingOffice: String, redact: Bool = false, generatedOn: String? = nil,
        includeConsultation: Bool = false, editor: String? = nil
    ) {
        self.editor = editor
        self.title = title
        self.issuingOffice = issuingOffice
        self.redact = redact
        self.generatedOn = generatedOn
        self.includeConsultation = includeConsultation
    }

    /// The title to print for `year`.
    public func resolvedTitle(year: Int) -> String { title ?? "\(year)年度政府信息公开典型案例汇编" }
}

/// Reports progress of a long run: how many steps are done out of how many, and what is happening.
public typealias CompilationProgress = (_ done: Int, _ total: Int, _ message: String) -> Void
