/// Which version of a revised law a citation's text names, overriding the record's date
/// (spec v1.1, “Which statute version a citation means”).
public enum VersionHint: String, Sendable, Equatable {
    /// 旧条例, 原条例, 修订前: the version before the revision.
    case earlier
    /// 新条例, 修订后: the version from the revision on.
    case later

    /// A marker word and what it means. `regulationsOnly` markers (…条例) only apply to a law whose
    /// title ends in 条例.
    struct Marker {
        let characters: [Character]
        let hint: VersionHint
        let regulationsOnly: Bool
    }

    static let markers: [Marker] = [
        Marker(characters: Array("旧条例"), hint: .earlier, regulationsOnly: true),
        Marker(characters: Array("原条例"), hint: .earlier, regulationsOnly: true),
        Marker(characters: Array("修订前"), hint: .earlier, regulationsOnly: false),
        Marker(characters: Array("修改前"), hint: .earlier, regulationsOnly: false),
        Marker(characters: Array("新条例"), hint: .later, regulationsOnly: true),
        Marker(characters: Array("修订后"), hint: .later, regulationsOnly: false),
        Marker(characters: Array("修改后"), hint: .later, regulationsOnly: false),
    ]

    /// Characters that end the sentence a marker can reach across.
    static let sentenceEnds: Set<Character> = ["。", ";", "；", "!", "！", "?", "？", "\n"]

    /// The hint of the nearest marker before `position` in the same sentence, for a citation of `law`
    /// (a canonical title key); nil when there is none or the nearest one does not apply to the law.
    ///
    /// - Parameters:
    ///   - characters: normalised text (`TextNormalizer`).
    ///   - position: where the cited article (第…条) starts.
    ///   - law: the cited law's canonical key.
    static func nearest(before position: Int, in characters: [Character], law: String) -> VersionHint? {
        var end = position
        while end > 0 {
            if sentenceEnds.contains(characters[end - 1]) { return nil }
            for marker in markers where end >= marker.characters.count {
                guard characters[(end - marker.characters.count)..<end].elementsEqual(marker.characters) else { continue }
                return marker.regulationsOnly && !law.hasSuffix("条例") ? nil : marker.hint
            }
            end -= 1
        }
        return nil
    }
}
