import CaseLibrary

/// The year's figures in the shape of the annual report, computed from every case of the year
/// (published or not) and the outcomes recorded against them.
public struct CompilationStatistics: Sendable, Equatable {
    /// One row of the response table.
    public struct ResponseRow: Sendable, Equatable {
        /// The row label: a response group, a sub-row, or 总计.
        public let label: String
        /// The response group this row belongs to (the label itself for group rows; 总计 for the total).
        public let group: String
        /// 0 for group rows and the total, 1 for sub-rows.
        public let level: Int
        /// Applications from natural persons.
        public let naturalPersons: Int
        /// Applications from legal persons or other organisations.
        public let organisations: Int
        /// Both columns together.
        public var total: Int { naturalPersons + organisations }
    }

    /// One row of the reconsideration and litigation table.
    public struct OutcomeRow: Sendable, Equatable {
        /// 行政复议, 一审, 二审, 再审 or 诉讼合计.
        public let stage: String
        /// 结果维持.
        public let upheld: Int
        /// 结果纠正.
        public let corrected: Int
        /// 其他结果.
        public let other: Int
        /// 尚未审结.
        public let pending: Int
        /// All of the above.
        public var total: Int { upheld + corrected + other + pending }
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
    /// How many cases the year has.
    public let caseCount: Int
    /// Response groups and sub-rows in annual-report order, then 总计.
    public let responseRows: [ResponseRow]
    /// 行政复议, 一审, 二审, 再审, 诉讼合计.
    public let outcomeRows: [OutcomeRow]
    /// (予以公开 + 部分公开) / all cases.
    public let disclosureRate: Rate
    /// Corrected outcomes / outcomes that upheld or corrected.
    public let correctionRate: Rate
}
