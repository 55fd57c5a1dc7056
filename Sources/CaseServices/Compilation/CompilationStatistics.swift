import CaseLibrary

/// The compiled year's figures in the annual report's layout (tables 三 and 四 of the 2021
/// format, same rows, columns and counting rules as `caselib report`), with where they come from
/// and two rates.
///
/// The source is the application register when it holds applications received in the year;
/// otherwise the library's cases that the compilation may show (reviewed, secrecy-checked,
/// publishable, not restricted) and their outcomes — which is said plainly under the tables.
public struct CompilationStatistics: Sendable, Equatable {
    /// Where the figures come from.
    public enum Source: String, Sendable, Equatable {
        /// The application register (`Cases/ledger/`): every application the office received.
        case register
        /// The library's publishable cases only (there is no register for the year).
        case libraryCases
    }

    /// A ratio with the same ratio for the previous year, when that year has data.
    public struct Rate: Sendable, Equatable {
        /// The counted part.
        public let numerator: Int
        /// The whole.
        public let denominator: Int
        /// The previous year's (numerator, denominator), when the previous year has a non-zero whole.
        public let previous: Ratio?

        /// A plain ratio.
        public struct Ratio: Sendable, Equatable {
            /// The counted part.
            public let numerator: Int
            /// The whole.
            public let denominator: Int
        }

        /// The rate in tenths of a percent, rounded; nil when the whole is zero.
        public var tenthsOfPercent: Int? { Self.tenths(numerator, denominator) }

        /// `71.4%`, or `—` when the whole is zero.
        public var percentText: String { tenthsOfPercent.map { Self.format($0, signed: false) + "%" } ?? "—" }

        /// `较上年 +3.2 个百分点`, or nil when either year has no data.
        public var changeText: String? {
            guard let previous, denominator > 0, previous.denominator > 0 else { return nil }
            let now = Double(numerator) / Double(denominator)
            let before = Double(previous.numerator) / Double(previous.denominator)
            return "较上年 \(Self.format(Int(((now - before) * 1000).rounded()), signed: true)) 个百分点"
        }

        static func tenths(_ numerator: Int, _ denominator: Int) -> Int? {
            denominator > 0 ? Int((Double(numerator) * 1000 / Double(denominator)).rounded()) : nil
        }

        static func format(_ tenths: Int, signed: Bool) -> String {
            let sign = tenths < 0 ? "-" : (signed ? "+" : "")
            let magnitude = abs(tenths)
            return "\(sign)\(magnitude / 10).\(magnitude % 10)"
        }
    }

    /// The year.
    public let year: Int
    /// Where the figures come from.
    public let source: Source
    /// Tables 三 and 四 with their checks (all passing: a failing check stops the compilation).
    public let report: AnnualReport
    /// (（一）予以公开 + （二）部分公开) / 三（七）总计.
    public let disclosureRate: Rate
    /// 结果纠正 / (结果维持 + 结果纠正), over every row of table 四.
    public let correctionRate: Rate

    /// Applications answered in the year (三（七）总计).
    public var answeredCount: Int { report.applicationRow(ReportTemplate.answeredTotal)?.total ?? 0 }

    /// Where the figures come from, in plain Chinese, printed under the tables.
    public var sourceNote: String {
        switch source {
        case .register:
            return "数据来源：申请登记台账（Cases/ledger/），统计本机关\(year)年度收到和办理的全部政府信息公开申请，以及按审结年度计算的行政复议、行政诉讼。"
        case .libraryCases:
            return "数据来源：案例库。本年度没有申请登记台账，本表只统计案例库中可以收入汇编的案例（已审核、已做保密审查、可公开、非限制范围）"
                + "及其复议诉讼结果，不是本机关收到的全部申请，不能作为年度报告的数字使用。"
        }
    }
}
