import CaseLibrary
import Foundation

/// The library's normaliser, as used by query parsing.
enum TextNormalizerBridge {
    static func normalize(_ text: String) -> String { TextNormalizer.normalize(text) }
}
