import CaseLibrary

/// The rows and columns of tables 三 and 四 exactly as the 2021 format (国办公开办函〔2021〕30号)
/// prints them, and which register values each row counts.
public enum ReportTemplate {
    /// What a row of table 三 counts.
    public enum RowKind: Sendable, Equatable {
        /// 一: applications received in the period.
        case received
        /// 二: received before the period and not yet answered when it began.
        case carriedIn
        /// A result row: answered in the period with this group and (for numbered sub-rows) one of these details.
        case result(group: String, details: [String])
        /// （七）总计: answered in the period.
        case answeredTotal
        /// 四: received by the period's end and not answered by then.
        case carriedOut
    }

    /// One printed row of table 三.
    public struct Row: Sendable, Equatable {
        /// 项目: the row's label as printed (a numbered sub-row carries its group's label).
        public let item: String
        /// 细项: a numbered sub-row's own label, else empty.
        public let detail: String
        /// What it counts.
        public let kind: RowKind
    }

    /// 自然人, the five 法人或其他组织 columns, then 总计 is added by the renderers.
    public static let applicantColumns = ["自然人"] + LedgerApplication.organisationSubtypes
    /// The table 三 CSV header.
    public static let table3Header = ["项目", "细项"] + applicantColumns + ["总计"]
    /// The table 四 columns after the category.
    public static let outcomeColumns = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    /// The table 四 CSV header.
    public static let table4Header = ["类别"] + outcomeColumns
    /// Table 四's rows.
    public static let proceedingCategories = ["行政复议", "未经复议直接起诉", "复议后起诉"]

    static let received = "一、本年新收政府信息公开申请数量"
    static let carriedIn = "二、上年结转政府信息公开申请数量"
    static let results = "三、本年度办理结果"
    static let answeredTotal = "（七）总计"
    static let carriedOut = "四、结转下年度继续办理"

    /// The result groups with their printed labels and numbered sub-rows (label, details counted).
    static let groups: [(group: String, label: String, rows: [(String, [String])])] = [
        ("予以公开", "（一）予以公开", []),
        ("部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", []),
        ("不予公开", "（三）不予公开", numbered(Vocabulary.responseDetails["不予公开"] ?? [])),
        ("无法提供", "（四）无法提供", numbered(Vocabulary.responseDetails["无法提供"] ?? [])),
        ("不予处理", "（五）不予处理", numbered(Vocabulary.responseDetails["不予处理"] ?? [])),
        (
            "其他处理", "（六）其他处理",
            [
                ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["申请人逾期不补正"]),
                ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["申请人逾期未缴纳信息处理费"]),
                ("3.其他", ["不属于政府信息", "其他"]),
            ]
        ),
    ]

    /// Every row of table 三 in printed order (25 rows).
    public static let rows: [Row] = {
        var rows = [Row(item: received, detail: "", kind: .received), Row(item: carriedIn, detail: "", kind: .carriedIn)]
        for (group, label, subRows) in groups {
            if subRows.isEmpty {
                rows.append(Row(item: label, detail: "", kind: .result(group: group, details: [])))
            }
            for (detail, details) in subRows {
                rows.append(Row(item: label, detail: detail, kind: .result(group: group, details: details)))
            }
        }
        rows.append(Row(item: answeredTotal, detail: "", kind: .answeredTotal))
        rows.append(Row(item: carriedOut, detail: "", kind: .carriedOut))
        return rows
    }()

    private static func numbered(_ details: [String]) -> [(String, [String])] {
        details.enumerated().map { ("\($0.offset + 1).\($0.element)", [$0.element]) }
    }
}
