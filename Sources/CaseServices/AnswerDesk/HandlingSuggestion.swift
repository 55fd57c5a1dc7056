import CaseLibrary
import Foundation

/// 拟答复参考: how the top precedents were answered and whether it held, as figures with the cases
/// behind each and one or two Chinese sentences. It is a reference for the consultation, never a
/// decision.
///
/// Each precedent's answer (response group and sub-row) gets a weight: its relevance (its score as a
/// share of the top score) times what happened afterwards — ``upheldFactor`` when upheld on
/// reconsideration or in court, 1 when unchallenged or otherwise ended; a corrected precedent adds
/// nothing and is listed against its answer as a warning.
public struct HandlingSuggestion: Sendable {
    /// One answer given by some of the precedents.
    public struct Group: Sendable {
        /// The response group (不予公开).
        public let response: String
        /// The annual-report sub-row (属于行政查询事项), when the group has one.
        public let detail: String?
        /// The precedents that gave this answer, best first.
        public let cases: [String]
        /// Those of them upheld on reconsideration or in court.
        public let upheld: [String]
        /// Those of them corrected afterwards: warnings against this answer.
        public let corrected: [String]
        /// The provisions these precedents cited most (not counting corrected ones), most cited first.
        public let provisions: [String]
        /// The group's share of the supporting weight, 0…1.
        public let share: Double

        /// `不予公开（属于行政查询事项）`.
        public var label: String { detail.map { "\(response)（\($0)）" } ?? response }
    }

    /// How much an upheld precedent counts beside an unchallenged one.
    public static let upheldFactor = 1.5
    /// How many of the precedents are read.
    public static let defaultCount = 5
    /// The notice that goes with every suggestion.
    public static let notice = "以上为类案参考，不是答复决定：请结合本案事实和会商意见作出答复。"

    /// The answers, by supporting weight (groups with only corrected precedents last).
    public let groups: [Group]
    /// How many precedents were read.
    public let considered: Int
    /// The sentences.
    public let text: String

    /// A suggestion from the first ``defaultCount`` precedents (in rank order).
    public init(precedents: [PrecedentResult], count: Int = defaultCount) {
        let top = Array(precedents.prefix(count))
        considered = top.count
        let best = max(top.first?.score ?? 1, 1e-9)
        var order: [String] = []
        var members: [String: [PrecedentResult]] = [:]
        var weight: [String: Double] = [:]
        for result in top {
            let key = Self.key(result.record)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(result)
            let factor: Double = switch result.history.status {
            case .corrected: 0
            case .upheld: Self.upheldFactor
            case .unchallenged, .other: 1
            }
            weight[key, default: 0] += max(result.score, 0) / best * factor
        }
        let total = weight.values.reduce(0, +)
        groups = order.map { key in
            let results = members[key] ?? []
            let record = results[0].record
            return Group(response: record.response ?? "未记载", detail: record.responseDetail, cases: results.map(\.record.id),
                         upheld: results.filter { $0.history.status == .upheld }.map(\.record.id),
                         corrected: results.filter { $0.history.status == .corrected }.map(\.record.id),
                         provisions: Self.provisions(results.filter { $0.history.status != .corrected }),
                         share: total > 0 ? (weight[key] ?? 0) / total : 0)
        }.sorted { ($0.share, $0.cases.count) > ($1.share, $1.cases.count) }
        text = Self.sentences(groups: groups, considered: considered)
    }

    private static func key(_ record: Record) -> String { "\(record.response ?? "")|\(record.responseDetail ?? "")" }

    /// The provisions most cited in the precedents' `legal_basis`, as written there without the law
    /// when it is the OGI Regulations (第三十六条第（三）项).
    private static func provisions(_ results: [PrecedentResult]) -> [String] {
        let parser = CitationParser()
        var counts: [String: Int] = [:]
        var order: [(law: String, label: String)] = []
        for result in results {
            var seen = Set<String>()
            for citation in parser.citations(inLegalBasis: result.record.legalBasis).joined() {
                let key = "\(citation.canonicalLaw)|\(citation.label)"
                guard seen.insert(key).inserted else { continue }
                if counts[key] == nil { order.append((citation.canonicalLaw, citation.label)) }
                counts[key, default: 0] += 1
            }
        }
        let top = order.enumerated().sorted { (counts["\($0.element.law)|\($0.element.label)"] ?? 0, -$0.offset)
            > (counts["\($1.element.law)|\($1.element.label)"] ?? 0, -$1.offset) }.prefix(2).map(\.element)
        // The Regulations' articles go without the law's name unless another law is named beside them.
        let mixed = top.contains { $0.law != CitationLinker.ogiLaw }
        return top.map { $0.law == CitationLinker.ogiLaw ? (mixed ? "《条例》" : "") + $0.label : "《\($0.law)》\($0.label)" }
    }

    private static func sentences(groups: [Group], considered: Int) -> String {
        guard considered > 0 else { return "没有找到可资参考的先例。" }
        var clauses: [String] = []
        for group in groups {
            let supporting = group.cases.count - group.corrected.count
            var clause = ""
            if supporting > 0 {
                let basis = group.provisions.isEmpty ? "" : "，依据多为\(group.provisions.joined(separator: "、"))"
                clause = "\(supporting)例答复为\(group.label)\(basis)（\(group.cases.filter { !group.corrected.contains($0) }.joined(separator: "、"))）"
                if group.upheld.count == supporting {
                    clause += supporting == 1 ? "，经复议或诉讼维持" : "，均经复议或诉讼维持"
                } else if !group.upheld.isEmpty {
                    clause += "，其中\(group.upheld.count)例经复议或诉讼维持（\(group.upheld.joined(separator: "、"))）"
                }
            }
            if !group.corrected.isEmpty {
                let warning = "\(group.corrected.count)例答复为\(group.label)后被复议机关或法院纠正（\(group.corrected.joined(separator: "、"))），不宜照搬"
                clause = clause.isEmpty ? warning : clause + "；另有" + warning
            }
            clauses.append(clause)
        }
        var text = "前\(considered)例中" + clauses.joined(separator: "；") + "。"
        if let lead = groups.first, lead.share > 0 {
            text += "按相关度和复议诉讼结果加权，\(lead.label)占\(Int((lead.share * 100).rounded()))%。"
        }
        return text
    }
}
