/// One reconsideration decision or court instance in the register: one line of a proceedings file.
public struct LedgerProceeding: Sendable, Equatable {
    /// 申请编号: the application's 编号.
    public var applicationID: String
    /// 程序: 行政复议, 一审, 二审 or 再审.
    public var stage: String
    /// 立案日期, `YYYY-MM-DD`.
    public var filed: String
    /// 审结日期, nil while undecided.
    public var decided: String?
    /// 结果, with `decided`: an outcome result for the stage.
    public var result: String?

    /// Makes a proceeding line.
    public init(applicationID: String, stage: String, filed: String, decided: String? = nil, result: String? = nil) {
        self.applicationID = applicationID
        self.stage = stage
        self.filed = filed
        self.decided = decided
        self.result = result
    }

    /// The column names, in the order the register writes them.
    public static let columns = ["申请编号", "程序", "立案日期", "审结日期", "结果"]

    /// Whether this is a reconsideration (else a court instance).
    public var isReconsideration: Bool { stage == "行政复议" }

    /// What identifies the line in the register: a re-import with the same key replaces it.
    public var key: String { "\(applicationID)\u{1F}\(stage)\u{1F}\(filed)" }

    /// The cells in `columns` order.
    public var cells: [String] { [applicationID, stage, filed, decided ?? "", result ?? ""] }
}
