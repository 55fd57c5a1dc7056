/// Tables 三 and 四 of the annual report (or a quarterly bulletin) with the checks the template
/// prints, counted from the application register.
public struct AnnualReport: Sendable, Equatable {
    /// One row of table 三.
    public struct ApplicationRow: Sendable, Equatable {
        /// The template row.
        public let row: ReportTemplate.Row
        /// 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他.
        public let counts: [Int]
        /// 总计, counted directly (the checks compare it with the columns' sum).
        public let total: Int
    }

    /// One row of table 四.
    public struct ProceedingRow: Sendable, Equatable {
        /// 行政复议, 未经复议直接起诉 or 复议后起诉.
        public let category: String
        /// 结果维持.
        public let upheld: Int
        /// 结果纠正.
        public let corrected: Int
        /// 其他结果.
        public let other: Int
        /// 尚未审结.
        public let pending: Int
        /// 总计, counted directly.
        public let total: Int

        /// The five numbers in column order.
        public var values: [Int] { [upheld, corrected, other, pending, total] }
    }

    /// One check the template prints.
    public struct Check: Sendable, Equatable {
        /// What is checked, in Chinese (e.g. `一 + 二 = 三（七）总计 + 四（自然人）`).
        public let name: String
        /// The figures compared, e.g. `120 + 8 = 117 + 11`.
        public let figures: String
        /// Whether it holds.
        public let passed: Bool
    }

    /// The period counted.
    public let period: ReportPeriod
    /// Table 三, in template order.
    public let applicationRows: [ApplicationRow]
    /// Table 四: 行政复议, 未经复议直接起诉, 复议后起诉.
    public let proceedingRows: [ProceedingRow]
    /// Every check, in the order printed.
    public let checks: [Check]
    /// Where the figures come from, in Chinese (printed under the tables).
    public let basis: String

    /// The checks that fail.
    public var failedChecks: [Check] { checks.filter { !$0.passed } }

    /// The row of table 三 with this 项目 and 细项.
    public func applicationRow(_ item: String, _ detail: String = "") -> ApplicationRow? {
        applicationRows.first { $0.row.item == item && $0.row.detail == detail }
    }

    /// The row of table 四 for a category.
    public func proceedingRow(_ category: String) -> ProceedingRow? {
        proceedingRows.first { $0.category == category }
    }

    /// Makes a report from counted tables; the checks are computed here.
    public init(period: ReportPeriod, applicationRows: [ApplicationRow], proceedingRows: [ProceedingRow], basis: String) {
        self.period = period
        self.applicationRows = applicationRows
        self.proceedingRows = proceedingRows
        self.basis = basis
        checks = ReportChecks.all(applicationRows: applicationRows, proceedingRows: proceedingRows)
    }
}
