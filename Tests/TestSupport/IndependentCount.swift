/// A second, deliberately simple counting of tables 三 and 四 from the generator's ground truth,
/// written without the production code: literal row labels, plain loops over dates, and for
/// lawsuits a timeline of events (filed → pending, decided → a result) read at the period's end.
public enum IndependentCount {
    /// Table 三 keyed `项目|细项`: [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计].
    public static func table3(_ register: RegisterGenerator, start: String, end: String) -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        func add(_ key: String, _ column: Int) {
            var row = table[key] ?? [0, 0, 0, 0, 0, 0, 0]
            row[column] += 1
            row[6] += 1
            table[key] = row
        }
        for a in register.applications {
            let column = a.type == "自然人" ? 0 : (columnOf[a.subtype ?? "其他"] ?? 5)
            if a.received >= start && a.received <= end { add("一、本年新收政府信息公开申请数量|", column) }
            if a.received < start && (a.answered == nil || a.answered! >= start) { add("二、上年结转政府信息公开申请数量|", column) }
            if let answered = a.answered, answered >= start && answered <= end {
                let key = a.result == "部分公开" ? rowOf["部分公开"]! : rowOf[a.result! + (a.detail.map { "/" + $0 } ?? "")]!
                add(key, column)
                add("（七）总计|", column)
            }
            if a.received <= end && (a.answered == nil || a.answered! > end) { add("四、结转下年度继续办理|", column) }
        }
        return table
    }

    /// Table 四 keyed by category: [结果维持, 结果纠正, 其他结果, 尚未审结, 总计].
    public static func table4(_ register: RegisterGenerator, start: String, end: String) -> [String: [Int]] {
        var table: [String: [Int]] = ["行政复议": [0, 0, 0, 0, 0], "未经复议直接起诉": [0, 0, 0, 0, 0], "复议后起诉": [0, 0, 0, 0, 0]]
        func add(_ category: String, _ column: Int) {
            table[category]![column] += 1
            table[category]![4] += 1
        }
        let byApplication = Dictionary(grouping: register.proceedings, by: \.applicationID)
        for (_, lines) in byApplication {
            let reconsiderations = lines.filter { $0.stage == "行政复议" }
            for r in reconsiderations {
                if let decided = r.decided, decided >= start && decided <= end {
                    add("行政复议", effect(r.result!))
                } else if r.filed <= end && (r.decided == nil || r.decided! > end) {
                    add("行政复议", 3)
                }
            }
            let instances = lines.filter { $0.stage != "行政复议" }.sorted { $0.filed < $1.filed }
            guard let first = instances.first else { continue }
            let category = reconsiderations.contains { $0.filed < first.filed } ? "复议后起诉" : "未经复议直接起诉"
            // The timeline: (date, state), state 3 = pending, else the effect column.
            var events: [(date: String, state: Int)] = []
            var lastDecided = 0
            for instance in instances {
                events.append((instance.filed, 3))
                guard let decided = instance.decided, let result = instance.result else { continue }
                let state: Int
                if result == "发回重审" {
                    state = 3
                } else if result == "驳回上诉维持原判" {
                    state = lastDecided
                } else {
                    state = effect(result)
                }
                if state != 3 { lastDecided = state }
                events.append((decided, state))
            }
            let known = events.filter { $0.date <= end }
            guard let last = known.last else { continue }
            if last.state == 3 {
                add(category, 3)
            } else if last.date >= start {
                add(category, last.state)
            }
        }
        return table
    }

    static func effect(_ result: String) -> Int {
        if ["维持", "驳回复议请求", "驳回诉讼请求", "驳回上诉维持原判"].contains(result) { return 0 }
        if ["撤销", "部分撤销", "变更", "确认违法", "责令履行", "确认无效", "改判"].contains(result) { return 1 }
        return 2
    }

    static let columnOf = ["商业企业": 1, "科研机构": 2, "社会公益组织": 3, "法律服务机构": 4, "其他": 5]

    static let rowOf: [String: String] = [
        "予以公开": "（一）予以公开|",
        "部分公开": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）|",
        "不予公开/属于国家秘密": "（三）不予公开|1.属于国家秘密",
        "不予公开/其他法律行政法规禁止公开": "（三）不予公开|2.其他法律行政法规禁止公开",
        "不予公开/危及“三安全一稳定”": "（三）不予公开|3.危及“三安全一稳定”",
        "不予公开/保护第三方合法权益": "（三）不予公开|4.保护第三方合法权益",
        "不予公开/属于三类内部事务信息": "（三）不予公开|5.属于三类内部事务信息",
        "不予公开/属于四类过程性信息": "（三）不予公开|6.属于四类过程性信息",
        "不予公开/属于行政执法案卷": "（三）不予公开|7.属于行政执法案卷",
        "不予公开/属于行政查询事项": "（三）不予公开|8.属于行政查询事项",
        "无法提供/本机关不掌握相关政府信息": "（四）无法提供|1.本机关不掌握相关政府信息",
        "无法提供/没有现成信息需要另行制作": "（四）无法提供|2.没有现成信息需要另行制作",
        "无法提供/补正后申请内容仍不明确": "（四）无法提供|3.补正后申请内容仍不明确",
        "不予处理/信访举报投诉类申请": "（五）不予处理|1.信访举报投诉类申请",
        "不予处理/重复申请": "（五）不予处理|2.重复申请",
        "不予处理/要求提供公开出版物": "（五）不予处理|3.要求提供公开出版物",
        "不予处理/无正当理由大量反复申请": "（五）不予处理|4.无正当理由大量反复申请",
        "不予处理/要求行政机关确认或重新出具已获取信息": "（五）不予处理|5.要求行政机关确认或重新出具已获取信息",
        "其他处理/申请人逾期不补正": "（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "其他处理/申请人逾期未缴纳信息处理费": "（六）其他处理|2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "其他处理/不属于政府信息": "（六）其他处理|3.其他",
        "其他处理/其他": "（六）其他处理|3.其他",
    ]

    /// Every row key of table 三 in printed order (absent keys are all zero).
    public static let table3Keys: [String] = {
        var keys = ["一、本年新收政府信息公开申请数量|", "二、上年结转政府信息公开申请数量|"]
        for value in rowOf.values.sorted(by: { order($0) < order($1) }) where !keys.contains(value) { keys.append(value) }
        return keys + ["（七）总计|", "四、结转下年度继续办理|"]
    }()

    private static func order(_ key: String) -> (Int, Int) {
        let groups = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
        let group = groups.firstIndex { key.hasPrefix($0) } ?? 9
        let detail = key.split(separator: "|").dropFirst().first.flatMap { Int($0.prefix(1)) } ?? 0
        return (group, detail)
    }
}
