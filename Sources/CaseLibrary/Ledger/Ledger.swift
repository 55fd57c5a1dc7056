/// The application register (申请登记台账): every application the office received and every
/// reconsideration and court instance about them (`spec/ledger.md`).
///
/// Applications are keyed by 编号 and proceedings by (申请编号, 程序, 立案日期): merging lines with
/// a key the register already holds replaces them, so re-importing an updated spreadsheet is safe.
public struct Ledger: Sendable, Equatable {
    /// Applications in 编号 order.
    public private(set) var applications: [LedgerApplication]
    /// Proceedings in 申请编号, 立案日期, 程序 order.
    public private(set) var proceedings: [LedgerProceeding]

    /// A register holding these lines (later duplicates of a key replace earlier ones).
    public init(applications: [LedgerApplication] = [], proceedings: [LedgerProceeding] = []) {
        self.applications = []
        self.proceedings = []
        merge(applications: applications, proceedings: proceedings)
    }

    /// Whether the register holds nothing.
    public var isEmpty: Bool { applications.isEmpty && proceedings.isEmpty }

    /// The application with this 编号.
    public func application(_ id: String) -> LedgerApplication? {
        var low = 0, high = applications.count
        while low < high {
            let middle = (low + high) / 2
            if applications[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < applications.count && applications[low].id == id ? applications[low] : nil
    }

    /// Proceedings grouped by 申请编号, each list in 立案日期 then stage order.
    public var proceedingsByApplication: [String: [LedgerProceeding]] {
        Dictionary(grouping: proceedings, by: \.applicationID)
    }

    /// Adds or replaces lines.
    /// - Returns: how many applications and proceedings replaced an existing line.
    @discardableResult
    public mutating func merge(applications new: [LedgerApplication], proceedings newProceedings: [LedgerProceeding]) -> (applications: Int, proceedings: Int) {
        var byID = Dictionary(applications.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        var replacedApplications = 0
        for application in new {
            if byID.updateValue(application, forKey: application.id) != nil { replacedApplications += 1 }
        }
        var byKey = Dictionary(proceedings.map { ($0.key, $0) }, uniquingKeysWith: { $1 })
        var replacedProceedings = 0
        for proceeding in newProceedings {
            if byKey.updateValue(proceeding, forKey: proceeding.key) != nil { replacedProceedings += 1 }
        }
        applications = byID.values.sorted { $0.id < $1.id }
        proceedings = byKey.values.sorted(by: Self.proceedingOrder)
        return (replacedApplications, replacedProceedings)
    }

    /// 申请编号, then 立案日期, then stage in 行政复议, 一审, 二审, 再审 order.
    public static func proceedingOrder(_ lhs: LedgerProceeding, _ rhs: LedgerProceeding) -> Bool {
        func key(_ value: LedgerProceeding) -> (String, String, Int) {
            (value.applicationID, value.filed, Vocabulary.stages.firstIndex(of: value.stage) ?? 9)
        }
        return key(lhs) < key(rhs)
    }
}
