import CaseLibrary

/// The facts the compilation's 编写说明 states: what was selected from how many, who reviewed the
/// selected cases and when, what was masked, and who edited it — from `compilation.conf` (via
/// `CompilationOptions`) and the records' review fields.
public struct CompilationPreface: Sendable, Equatable {
    /// The year compiled.
    public let year: Int
    /// Cases of the year in the library.
    public let casesOfYear: Int
    /// Cases selected.
    public let selected: Int
    /// Selected cases corrected by a reconsideration body or a court.
    public let corrected: Int
    /// Reviewers of the selected cases (a role or unit) with how many cases each, most first.
    public let reviewers: [(name: String, count: Int)]
    /// The first and last review date of the selected cases, when recorded.
    public let reviewPeriod: (first: String, last: String)?
    /// Whether redaction was on.
    public let redacted: Bool
    /// What was masked, by kind label, with counts (`姓名` → 2).
    public let maskedKinds: [(label: String, count: Int)]
    /// Who edited the compilation.
    public let editor: String

    /// Computes the facts.
    /// - Parameters:
    ///   - year: the year.
    ///   - yearCases: every case of the year.
    ///   - selected: the selected case records.
    ///   - corrected: how many selected cases were corrected.
    ///   - findings: the personal data masked (or found).
    ///   - options: the compilation options (editor, office, redaction).
    public init(year: Int, yearCases: [Record], selected: [Record], corrected: Int, findings: [FieldFinding], options: CompilationOptions) {
        self.year = year
        casesOfYear = yearCases.count
        self.selected = selected.count
        self.corrected = corrected
        var byReviewer: [String: Int] = [:]
        for record in selected { byReviewer[reviewerName(record) ?? "未记录", default: 0] += 1 }
        reviewers = byReviewer.map { ($0.key, $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        let dates = selected.compactMap(Self.reviewDate).sorted()
        reviewPeriod = dates.first.flatMap { first in dates.last.map { (first, $0) } }
        redacted = options.redact
        var byKind: [PersonalDataKind: Int] = [:]
        for finding in findings { byKind[finding.kind, default: 0] += 1 }
        maskedKinds = byKind.sorted { $0.key < $1.key }.map { ($0.key.label, $0.value) }
        editor = options.editor ?? options.issuingOffice
    }

    /// The review date of a case (`review.date`).
    static func reviewDate(_ record: Record) -> String? {
        record["review"]?["date"]?.stringValue
    }

    /// Total number of items masked.
    public var maskedCount: Int { maskedKinds.reduce(0) { $0 + $1.count } }

    /// Equal when every fact is equal.
    public static func == (lhs: CompilationPreface, rhs: CompilationPreface) -> Bool {
        lhs.year == rhs.year && lhs.casesOfYear == rhs.casesOfYear && lhs.selected == rhs.selected && lhs.corrected == rhs.corrected
            && lhs.reviewers.map(\.name) == rhs.reviewers.map(\.name) && lhs.reviewers.map(\.count) == rhs.reviewers.map(\.count)
            && lhs.reviewPeriod?.first == rhs.reviewPeriod?.first && lhs.reviewPeriod?.last == rhs.reviewPeriod?.last
            && lhs.redacted == rhs.redacted && lhs.maskedKinds.map(\.label) == rhs.maskedKinds.map(\.label)
            && lhs.maskedKinds.map(\.count) == rhs.maskedKinds.map(\.count) && lhs.editor == rhs.editor
    }

    /// The paragraphs of the 编写说明, in order.
    public var paragraphs: [String] {
        var out: [String] = []
        out.append("一、入选范围。本汇编收录\(year)年度受理的疑难申请案例\(selected)件，从本库同年度\(casesOfYear)件案例中选出。"
            + "入选条件为：已通过审核、已做保密审查、标注可公开且不属于限定范围；未入选的\(casesOfYear - selected)件及其原因另列于未入选案例清单（excluded.txt）。")
        var review = "二、审核。入选案例均经审核并完成保密审查。"
        if !reviewers.isEmpty {
            review += "审核人：" + reviewers.map { "\($0.name)（\($0.count)件）" }.joined(separator: "、") + "。"
        }
        if let period = reviewPeriod {
            review += period.first == period.last ? "审核日期：\(period.first)。" : "审核日期：\(period.first)至\(period.last)。"
        }
        out.append(review)
        if redacted && maskedCount > 0 {
            out.append("三、个人信息处理。编印前对入选案例全文逐字段扫描，共遮盖个人信息\(maskedCount)处（"
                + maskedKinds.map { "\($0.label)\($0.count)处" }.joined(separator: "、")
                + "）：姓名保留姓氏（如“王某”），地址只保留至道路或小区，证件、账号、电话等号码只保留首尾几位。")
        } else if redacted {
            out.append("三、个人信息处理。编印前对入选案例全文逐字段扫描姓名、地址、证件号码、电话、账号、车牌等个人信息，未发现需要遮盖的内容。")
        } else {
            out.append("三、个人信息处理。编印前对入选案例全文逐字段扫描姓名、地址、证件号码、电话、账号、车牌等个人信息，未发现个人信息；案例中的当事人均以“某”代称。")
        }
        out.append("四、使用提示。经行政复议或行政诉讼被纠正的案例（本年度\(corrected)件）以“被纠正”标出，仅作警示，不作范例；引用的法律条文以案件办理时施行的版本为准。")
        out.append("五、编写。本汇编由\(editor)编写。")
        return out
    }
}

private func reviewerName(_ record: Record) -> String? {
    record["review"]?["reviewer"]?.stringValue
}
