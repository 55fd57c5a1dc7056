import Foundation

/// A synthetic application register for the tests: several hundred applications received over
/// three years (2021–2023) with their reconsiderations and lawsuits, as plain values (the ground
/// truth) and as the CSV files a spreadsheet would save, in UTF-8 or GB18030. Applicants are only
/// types (自然人, 某公司 …); no names or numbers of real people.
public struct RegisterGenerator: Sendable {
    /// One application as generated (dates `YYYY-MM-DD`).
    public struct Application: Sendable, Equatable {
        public var id, received, type, unit: String
        public var subtype, answered, result, detail: String?
        public var extended: Bool
    }

    /// One reconsideration or court instance as generated.
    public struct Proceeding: Sendable, Equatable {
        public var applicationID, stage, filed: String
        public var decided, result: String?
    }

    public private(set) var applications: [Application] = []
    public private(set) var proceedings: [Proceeding] = []
    /// The day the register was taken: nothing is answered or decided after it.
    public static let snapshot = "2024-02-29"

    static let units = ["市局", "徐汇分局", "黄浦分局", "浦东分局", "闵行分局", "交警总队", "出入境管理局"]
    static let subtypes: [String?] = ["商业企业", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", nil]
    /// The response groups with their details, as `case-jsonl.md` lists them.
    public static let details: [String: [String]] = [
        "予以公开": [], "部分公开": [],
        "不予公开": ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"],
        "无法提供": ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"],
        "不予处理": ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"],
        "其他处理": ["申请人逾期不补正", "申请人逾期未缴纳信息处理费", "不属于政府信息", "其他"],
    ]
    static let groups = ["予以公开", "予以公开", "部分公开", "部分公开", "不予公开", "不予公开", "无法提供", "不予处理", "其他处理"]
    static let reconsiderationResults = ["维持", "维持", "驳回复议请求", "撤销", "确认违法", "责令履行", "驳回复议申请", "终止"]
    static let firstInstanceResults = ["驳回诉讼请求", "驳回诉讼请求", "撤销", "确认违法", "责令履行", "驳回起诉", "准许撤诉"]
    static let appealResults = ["驳回上诉维持原判", "驳回上诉维持原判", "驳回上诉维持原判", "改判", "发回重审"]

    /// Generates `perYear` applications for each of 2021, 2022 and 2023.
    public init(seed: UInt64 = 13, perYear: Int = 220) {
        var random = SeededGenerator(seed: seed)
        for year in 2021...2023 {
            for number in 1...perYear { add(year: year, number: number, random: &random) }
        }
    }

    private mutating func add(year: Int, number: Int, random: inout SeededGenerator) {
        let id = "\(year)-\(["XH", "HP", "PD", "MH"][number % 4])-\(String(format: "%04d", number))"
        let received = Self.date(year: year, dayOfYear: Int.random(in: 0..<365, using: &random))
        let natural = Int.random(in: 0..<10, using: &random) < 7
        var application = Application(
            id: id, received: received, type: natural ? "自然人" : "法人或其他组织", unit: Self.units.randomElement(using: &random) ?? "市局",
            subtype: natural ? nil : (Self.subtypes.randomElement(using: &random) ?? nil), answered: nil, result: nil, detail: nil,
            extended: Int.random(in: 0..<8, using: &random) == 0)
        let answered = Self.add(days: Int.random(in: 1...45, using: &random), to: received)
        guard Int.random(in: 0..<40, using: &random) > 0, answered <= Self.snapshot else {
            applications.append(application)
            return
        }
        let group = Self.groups.randomElement(using: &random) ?? "予以公开"
        application.answered = answered
        application.result = group
        application.detail = Self.details[group]?.randomElement(using: &random)
        if group == "部分公开", Int.random(in: 0..<3, using: &random) == 0 {
            application.detail = "保护第三方合法权益"  // 区分处理: why part was withheld; still counted once
        }
        applications.append(application)
        addProceedings(for: application, random: &random)
    }

    private mutating func addProceedings(for application: Application, random: inout SeededGenerator) {
        guard let answered = application.answered else { return }
        let roll = Int.random(in: 0..<100, using: &random)
        var lawsuitStart = Self.add(days: Int.random(in: 20...80, using: &random), to: answered)
        if roll < 14 {
            let filed = Self.add(days: Int.random(in: 5...50, using: &random), to: answered)
            let decided = Self.add(days: Int.random(in: 30...80, using: &random), to: filed)
            record(application.id, "行政复议", filed, decided, Self.reconsiderationResults.randomElement(using: &random))
            lawsuitStart = Self.add(days: Int.random(in: 5...15, using: &random), to: decided)
            guard roll < 6 else { return }
        } else if roll < 22 {
            if roll == 21 {  // a reconsideration filed after the lawsuit: the lawsuit is still 未经复议直接起诉
                let filed = Self.add(days: 3, to: lawsuitStart)
                record(application.id, "行政复议", filed, Self.add(days: 40, to: filed), "驳回复议申请")
            }
        } else {
            return
        }
        addLawsuit(application.id, filed: lawsuitStart, random: &random)
    }

    private mutating func addLawsuit(_ id: String, filed start: String, random: inout SeededGenerator) {
        var filed = start
        var stage = "一审"
        for _ in 0..<4 {
            let decided = Self.add(days: Int.random(in: 40...200, using: &random), to: filed)
            let result = (stage == "一审" ? Self.firstInstanceResults : Self.appealResults).randomElement(using: &random) ?? "驳回诉讼请求"
            record(id, stage, filed, decided, result)
            guard decided <= Self.snapshot else { return }
            if result == "发回重审" {
                stage = "一审"
            } else if stage == "一审", result != "准许撤诉", Int.random(in: 0..<10, using: &random) < 5 {
                stage = "二审"
            } else if stage == "二审", Int.random(in: 0..<12, using: &random) == 0 {
                stage = "再审"
            } else {
                return
            }
            filed = Self.add(days: Int.random(in: 5...20, using: &random), to: decided)
            if filed > Self.snapshot { return }
        }
    }

    private mutating func record(_ id: String, _ stage: String, _ filed: String, _ decided: String, _ result: String?) {
        guard filed <= Self.snapshot else { return }
        let done = decided <= Self.snapshot
        proceedings.append(Proceeding(applicationID: id, stage: stage, filed: filed, decided: done ? decided : nil, result: done ? result : nil))
    }

    // MARK: Dates

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    static func date(year: Int, dayOfYear: Int) -> String {
        add(days: dayOfYear, to: "\(year)-01-01")
    }

    /// `YYYY-MM-DD` plus some days.
    public static func add(days: Int, to date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let start = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) ?? Date()
        let moved = calendar.date(byAdding: .day, value: days, to: start) ?? start
        let c = calendar.dateComponents([.year, .month, .day], from: moved)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
