import CaseIndex
import CaseLibrary
import Foundation

/// The statute files under `Cases/statutes/` as index sources (filled in with statute import).
public enum StatuteSources {
    /// Sources, thesaurus entries and problems found.
    public struct Loaded: Sendable {
        public var sources: [IndexSource] = []
        public var synonyms: [(String, String)] = []
        public var problems: [LocatedProblem] = []
    }

    /// Reads `root/statutes/*.md`.
    public static func load(from root: URL) throws -> Loaded { Loaded() }
}
