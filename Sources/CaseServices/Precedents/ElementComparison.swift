import CaseLibrary

/// How a precedent compares with an application on one dimension of legal elements
/// (申请人身份：被侵害人 ✓; 程序：行政 ✗ 刑事).
public struct ElementComparison: Sendable, Equatable {
    /// Whether the precedent shares the application's elements of a dimension.
    public enum Agreement: String, Sendable, Equatable {
        /// It has at least one of them.
        case same
        /// It has others, and the dimension is exclusive (行政 against 刑事): counted against it.
        case different
        /// It has none of the dimension, or others of a dimension that is not exclusive.
        case unknown
    }

    /// The dimension (申请人身份).
    public let dimension: String
    /// The application's elements of the dimension.
    public let application: [String]
    /// The precedent's elements of the dimension.
    public let precedent: [String]
    /// The verdict.
    public let agreement: Agreement
    /// The share of the application's elements the precedent has (0–1).
    public let overlap: Double

    /// The comparison in Chinese: `申请人身份：被侵害人 ✓`, `程序：行政 ✗ 刑事`, `法律依据：隐私 —`.
    public var description: String {
        switch agreement {
        case .same:
            return "\(dimension)：\(application.filter(precedent.contains).joined(separator: "、")) ✓"
        case .different:
            return "\(dimension)：\(application.joined(separator: "、")) ✗ \(precedent.joined(separator: "、"))"
        case .unknown:
            let other = precedent.isEmpty ? "（先例未涉及）" : "（先例为 \(precedent.joined(separator: "、"))）"
            return "\(dimension)：\(application.joined(separator: "、")) —\(other)"
        }
    }

    /// Compares a precedent's elements with the application's, on every dimension the application
    /// has elements of, in the file's order.
    public static func compare(application: ElementProfile, precedent: ElementProfile, elements: LegalElements) -> [ElementComparison] {
        elements.dimensions.compactMap { dimension in
            let asked = application.elements(of: dimension.name)
            guard !asked.isEmpty else { return nil }
            let found = precedent.elements(of: dimension.name)
            let shared = asked.filter(found.contains).count
            let agreement: Agreement = shared > 0 ? .same : (!found.isEmpty && dimension.exclusive ? .different : .unknown)
            return ElementComparison(dimension: dimension.name, application: asked, precedent: found, agreement: agreement,
                                     overlap: Double(shared) / Double(asked.count))
        }
    }

    /// The element factor of a precedent: `1 + agreementWeight × agreement − conflictWeight × conflict`,
    /// where agreement is the dimension-weighted share of the application's dimensions the precedent
    /// shares (half for sharing any element, half more for sharing all; `elementUnknownCredit` for a
    /// dimension the precedent does not mention — silence is not disagreement) and conflict the
    /// weighted share it contradicts; agreement is shared out over at least `elementEvidenceFloor`
    /// of dimension weight (one shared element is thin evidence of a shared issue, while one
    /// contradicted exclusive element — 行政 against 刑事 — is good evidence of another); never below 0.1.
    public static func factor(_ comparisons: [ElementComparison], elements: LegalElements, weights: PrecedentWeights) -> Double {
        var total = 0.0, agreeing = 0.0, conflicting = 0.0
        for comparison in comparisons {
            let weight = elements.dimension(comparison.dimension)?.weight ?? 1
            total += weight
            switch comparison.agreement {
            case .same: agreeing += weight * (0.5 + 0.5 * comparison.overlap)
            case .different: conflicting += weight
            case .unknown: agreeing += weight * weights.elementUnknownCredit
            }
        }
        guard total > 0 else { return 1 }
        let evidence = max(total, weights.elementEvidenceFloor)
        return max(0.1, 1 + weights.elementAgreementWeight * agreeing / evidence - weights.elementConflictWeight * conflicting / total)
    }
}
