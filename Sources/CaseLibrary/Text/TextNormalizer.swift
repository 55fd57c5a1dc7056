import Foundation

/// The one normalisation applied to text at index time and at query time, so that what a user
/// types meets what was stored: compatibility forms folded (full-width ＡＢＣ１２３ → abc123,
/// full-width punctuation → ASCII), traditional characters converted to simplified
/// (政府信息公開 → 政府信息公开), letters case-folded, and invisible format characters dropped
/// (a zero-width space pasted inside 申请).
///
/// Normalisation works character by character, so each output character can be traced back
/// to the input character it came from (snippets mark the original text). Results are cached
/// per character; the cache is shared and thread-safe.
public enum TextNormalizer {
    /// Normalises a whole string.
    public static func normalize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text { out += normalize(character) }
        return out
    }

    /// Normalises a string and returns, for each output character, the offset of the input
    /// character (in `Character`s) that produced it.
    public static func normalizeWithOrigins(_ text: String) -> (characters: [Character], origins: [Int]) {
        var characters: [Character] = []
        var origins: [Int] = []
        characters.reserveCapacity(text.count)
        origins.reserveCapacity(text.count)
        for (offset, character) in text.enumerated() {
            for folded in normalize(character) {
                characters.append(folded)
                origins.append(offset)
            }
        }
        return (characters, origins)
    }

    /// Normalises a string scalar by scalar — the fast path the tokenizer uses — and returns, for
    /// each output scalar, the offset of the input scalar (in `unicodeScalars`) it came from.
    /// ASCII and the main CJK blocks take no lock and no allocation; other scalars go through the
    /// shared per-character cache.
    public static func normalizeScalarsWithOrigins(_ text: String) -> (scalars: [Unicode.Scalar], origins: [Int]) {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.utf8.count / 2)
        origins.reserveCapacity(text.utf8.count / 2)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if value < 0x80 {
                let lowered = value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
                scalars.append(lowered)
                origins.append(offset)
            } else if value >= HanTable.first, value <= HanTable.last {
                scalars.append(Unicode.Scalar(HanTable.simplified[Int(value - HanTable.first)]) ?? scalar)
                origins.append(offset)
            } else {
                for folded in normalize(Character(scalar)).unicodeScalars {
                    scalars.append(folded)
                    origins.append(offset)
                }
            }
        }
        return (scalars, origins)
    }

    /// Normalises one character (the result may be empty or several characters long).
    public static func normalize(_ character: Character) -> String {
        if let ascii = character.asciiValue {
            if ascii >= 0x41 && ascii <= 0x5A { return String(Character(Unicode.Scalar(ascii + 0x20))) }
            return String(character)
        }
        // Lock-free fast path for the common case: one ideograph of the main CJK blocks.
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, scalar.value >= HanTable.first, scalar.value <= HanTable.last {
            let mapped = HanTable.simplified[Int(scalar.value - HanTable.first)]
            return String(Character(Unicode.Scalar(mapped) ?? scalar))
        }
        if let cached = cache.value(for: character) { return cached }
        let folded = fold(character)
        cache.store(folded, for: character)
        return folded
    }

    private static let traditionalToSimplified = StringTransform("Traditional-Simplified")

    private static func fold(_ character: Character) -> String {
        // Invisible format characters (zero-width space, joiner and non-joiner, word joiner, byte-order
        // mark, soft hyphen, direction marks) come with text pasted from web pages and chats and would
        // cut a word in two (申\u{200B}请): they are dropped. (Folds are cached per character.)
        let folded = String(character).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
        let compatible = String(String.UnicodeScalarView(folded.filter { $0.properties.generalCategory != .format }))
        // Ideographic space and other spaces become a plain space; nothing left is nothing.
        if compatible.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return compatible.isEmpty ? "" : " " }
        guard compatible.unicodeScalars.contains(where: isHan) else { return compatible }
        return compatible.applyingTransform(traditionalToSimplified, reverse: false) ?? compatible
    }

    /// Whether a scalar is a CJK ideograph (the scripts indexed as n-grams).
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: return true
        default: return false
        }
    }

    private static let cache = CharacterCache()
}

/// Traditional → simplified for U+3400…U+9FFF, computed once per process with one ICU call
/// (about 20 ms) and read without locks afterwards.
private enum HanTable {
    static let first: UInt32 = 0x3400
    static let last: UInt32 = 0x9FFF

    static let simplified: [UInt32] = {
        let identity = (first...last).map { $0 }
        var input = String.UnicodeScalarView()
        for value in identity { if let scalar = Unicode.Scalar(value) { input.append(scalar) } }
        let source = String(input)
        guard let output = source.applyingTransform(StringTransform("Traditional-Simplified"), reverse: false) else { return identity }
        let mapped = output.unicodeScalars.map(\.value)
        // The transform maps this range one to one; should that ever change, keep the identity.
        return mapped.count == identity.count ? mapped : identity
    }()
}

/// A lock-protected map from a character to its normal form.
private final class CharacterCache: @unchecked Sendable {
    private var storage: [Character: String] = [:]
    private let lock = NSLock()

    func value(for character: Character) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return storage[character]
    }

    /// Enough for every character ordinary text uses; a stream of ever-new rare characters
    /// (a hostile query mix) empties the cache instead of growing it without bound.
    private let capacity = 65_536

    func store(_ value: String, for character: Character) {
        lock.lock()
        defer { lock.unlock() }
        if storage.count >= capacity { storage.removeAll(keepingCapacity: true) }
        storage[character] = value
    }
}
