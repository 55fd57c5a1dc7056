/// A deterministic split of a judged set into two halves by query id, so that weights are tuned on
/// one half and reported on the other.
///
/// The rule: the number at the end of the query id (DQ07 → 7, SD12 → 12) decides — odd numbers are
/// the tuning half, even numbers the held-out half; an id without a number is held out. Ids are
/// numbered in the order the set's authors wrote them, not by topic or difficulty, so the halves are
/// alike; the rule needs no seed and no list, and a new query's half is known from its id.
public enum EvaluationHalf: String, Sendable, CaseIterable {
    /// The half weights may be tuned on (odd ids).
    case tune
    /// The half reported, never tuned on (even ids).
    case heldOut = "held-out"

    /// The half of a query id.
    public static func of(_ id: String) -> EvaluationHalf {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(String(digits.reversed())) else { return .heldOut }
        return number % 2 == 1 ? .tune : .heldOut
    }

    /// Parses `tune` or `held-out`.
    /// - Throws: ``ServiceError/badInput(_:)`` for anything else.
    public static func parse(_ text: String) throws -> EvaluationHalf {
        guard let half = EvaluationHalf(rawValue: text) else {
            throw ServiceError.badInput("--half：应为 tune 或 held-out，而不是‘\(text)’")
        }
        return half
    }
}
