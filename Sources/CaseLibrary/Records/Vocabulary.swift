/// The closed vocabularies of the interchange format, and how outcomes count in the annual report.
public enum Vocabulary {
    /// The Regulations a case was decided under: the 2008 original or the 2019 revision.
    public static let regimes = ["2008", "2019"]
    /// Who applied: a natural person, or a legal person or other organisation.
    public static let applicantTypes = ["自然人", "法人或其他组织"]
    /// The annual report's five columns for 法人或其他组织 (`applicant_subtype`, spec v1.1); absent counts as 其他.
    public static let applicantSubtypes = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    /// The office's filing categories of applications (`category`).
    public static let categories = [
        "历史信息类", "课题类", "行政处罚类", "户籍类", "交通管理类", "出入境类", "治安管理类", "消防类", "刑事司法类",
        "内部管理类", "其他",
    ]
    /// The annual report's response groups (`response`); see `responseDetails` for their sub-rows.
    public static let responses = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"]
    /// A record's review status (`review.status`); only `reviewed` records are shown by default.
    public static let reviewStatuses = ["draft", "submitted", "reviewed", "rejected"]
    /// Who may see a record (`scope`): the whole office, or reviewers only.
    public static let scopes = ["internal", "restricted"]
    /// The stages of an outcome (`stage`): reconsideration, then first-instance, appeal and retrial.
    public static let stages = ["行政复议", "一审", "二审", "再审"]

    /// The annual report's sub-rows for each response group (empty: the group has none).
    public static let responseDetails: [String: [String]] = [
        "予以公开": [],
        "部分公开": [],
        "不予公开": [
            "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息",
            "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项",
        ],
        "无法提供": ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"],
        "不予处理": ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"],
        "其他处理": ["申请人逾期不补正", "申请人逾期未缴纳信息处理费", "不属于政府信息", "其他"],
    ]

    /// Every allowed response_detail value, in report order.
    public static let allResponseDetails: [String] = responses.flatMap { responseDetails[$0] ?? [] }

    /// Results a reconsideration body may give.
    public static let reconsiderationResults = [
        "维持", "撤销", "部分撤销", "变更", "确认违法", "责令履行", "确认无效", "驳回复议请求", "驳回复议申请", "终止",
    ]
    /// Results a court may give.
    public static let litigationResults = [
        "驳回诉讼请求", "撤销", "部分撤销", "责令履行", "确认违法", "确认无效", "变更", "驳回起诉", "准许撤诉", "驳回上诉维持原判",
        "改判", "发回重审",
    ]
    /// Every allowed result.
    public static let allResults: [String] = {
        var seen = Set<String>()
        return (reconsiderationResults + litigationResults).filter { seen.insert($0).inserted }
    }()

    /// Results that uphold the agency (结果维持).
    public static let upholdingResults: Set<String> = ["维持", "驳回复议请求", "驳回诉讼请求", "驳回上诉维持原判"]
    /// Results that correct the agency (结果纠正).
    public static let correctingResults: Set<String> = ["撤销", "部分撤销", "变更", "确认违法", "责令履行", "确认无效", "改判"]

    /// How an outcome's result counts in the annual report.
    public static func effect(ofResult result: String) -> OutcomeEffect {
        if upholdingResults.contains(result) { return .upheld }
        if correctingResults.contains(result) { return .corrected }
        return .other
    }
}

/// Whether an outcome upheld the agency, corrected it, or neither.
public enum OutcomeEffect: String, Sendable, Codable {
    case upheld
    case corrected
    case other
}
