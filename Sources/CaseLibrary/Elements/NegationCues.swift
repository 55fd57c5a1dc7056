/// The negation cues of `Cases/elements.txt` (`否定说法`), prepared once for matching: a wording
/// right after a cue in the same clause is denied, not stated (没有按刑事案件办理, 并非本人).
struct NegationCues: Sendable {
    /// Each cue's characters (non-empty, normalised).
    private let cues: [[Character]]
    /// The longest cue's length.
    private let longest: Int

    /// How many characters may stand between a cue and the wording it denies
    /// (没有按【照】刑事案件办理, 未【被】处罚).
    static let reach = 2

    /// Characters that end a clause: a cue before one of them denies nothing after it.
    static let clauseBreaks: Set<Character> = [",", "，", "。", ".", ";", "；", ":", "：", "!", "！", "?", "？", "、", "\n"]

    /// Characters that, doubled around them, make a cue a question rather than a denial (是不是,
    /// 有没有被: the A-not-A question asks, it does not deny).
    private static let questionNegators: Set<Character> = ["不", "没"]

    /// Prepares normalised cues; empty ones are dropped (an empty cue would deny everything).
    init(_ negations: [String]) {
        cues = negations.filter { !$0.isEmpty }.map(Array.init)
        longest = cues.map(\.count).max() ?? 0
    }

    /// Whether there is no cue.
    var isEmpty: Bool { cues.isEmpty }

    /// Whether the wording starting at `start` in `text` is denied: a cue begins in the same clause
    /// before it and ends at most `reach` characters before it, or runs into it (没被打 denies 被打);
    /// a cue inside an A-not-A question (是不是刑事案件) denies nothing.
    func deny(at start: String.Index, in text: String) -> Bool {
        var before: [Character] = []
        var index = start
        while index > text.startIndex, before.count < longest + Self.reach + 1 {
            index = text.index(before: index)
            let character = text[index]
            if Self.clauseBreaks.contains(character) { break }
            before.append(character)
        }
        before.reverse()
        let context = before + text[start...].prefix(longest)
        for cue in cues {
            for offset in before.indices where offset + cue.count >= before.count - Self.reach
                && context[offset...].starts(with: cue) {
                let asks = cue.count >= 2 && Self.questionNegators.contains(cue[0]) && offset > 0 && context[offset - 1] == cue[1]
                if !asks { return true }
            }
        }
        return false
    }
}
