import Foundation

/// The names of the library's own files under `Cases/`, declared once (see `Cases/README.md`).
public enum LibraryFiles {
    /// The office's thesaurus for precedents: groups of everyday ↔ case wording.
    public static let thesaurus = "thesaurus.txt"
    /// The legal elements (要素) of applications: dimensions, elements and their everyday wordings.
    public static let elements = "elements.txt"
    /// Settings of the yearly compilation (title, issuing office, …).
    public static let compilationConfig = "compilation.conf"
    /// The folder of imported statutes (lawrefbook Markdown, one file per law version).
    public static let statutesFolder = "statutes"
    /// The one-way thesaurus for statute questions (everyday words → statute wording).
    public static let statuteThesaurus = "statutes/thesaurus.txt"
    /// The office's own laws, which the statute ranking prefers.
    public static let statuteDomain = "statutes/domain.txt"
    /// The office's working-day calendar: public holidays and weekend days worked in exchange, by
    /// year, as the State Council publishes them (for answer deadlines).
    public static let holidays = "holidays.txt"

    /// The folder of records' histories: who added, changed, submitted, approved or rejected each
    /// record through the service (`history/<id>.jsonl`).
    public static let historyFolder = "history"

    /// The URL of a library file or folder named above, under the library root.
    public static func url(_ name: String, in root: URL) -> URL {
        name.split(separator: "/").reduce(root) { $0.appendingPathComponent(String($1)) }
    }
}
