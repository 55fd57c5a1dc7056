/// One application in the register (申请登记台账): one line of an applications file.
public struct LedgerApplication: Sendable, Equatable {
    /// 编号, unique within the register, e.g. 2023-XH-0117.
    public var id: String
    /// 收到日期, `YYYY-MM-DD`.
    public var received: String
    /// 申请人类型: 自然人 or 法人或其他组织.
    public var applicantType: String
    /// 申请人子类, only with 法人或其他组织 (nil counts as 其他).
    public var applicantSubtype: String?
    /// 承办单位.
    public var unit: String
    /// 答复日期, nil while not yet answered.
    public var answered: String?
    /// 答复结果: the result group (予以公开 … 其他处理), with `answered`.
    public var result: String?
    /// 答复细项: the sub-row within the group.
    public var detail: String?
    /// 延期: whether the deadline was extended.
    public var extended: Bool
    /// 案例编号: the case-library record about this application.
    public var caseID: String?

    /// Makes an application.
    public init(
        id: String, received: String, applicantType: String, applicantSubtype: String? = nil, unit: String,
        answered: String? = nil, result: String? = nil, detail: String? = nil, extended: Bool = false, caseID: String? = nil
    ) {
        self.id = id
        self.received = received
        self.applicantType = applicantType
        self.applicantSubtype = applicantSubtype
        self.unit = unit
        self.answered = answered
        self.result = result
        self.detail = detail
        self.extended = extended
        self.caseID = caseID
    }

    /// The column names, in the order the register writes them.
    public static let columns = ["编号", "收到日期", "申请人类型", "申请人子类", "承办单位", "答复日期", "答复结果", "答复细项", "延期", "案例编号"]

    /// The five 法人或其他组织 columns of the annual report.
    public static let organisationSubtypes = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

    /// The annual report's applicant column: 自然人, or the organisation's subtype (其他 when none).
    public var applicantColumn: String {
        applicantType == "自然人" ? "自然人" : (applicantSubtype ?? "其他")
    }

    /// The cells in `columns` order.
    public var cells: [String] {
        [id, received, applicantType, applicantSubtype ?? "", unit, answered ?? "", result ?? "", detail ?? "", extended ? "是" : "", caseID ?? ""]
    }
}
