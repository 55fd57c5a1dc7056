import Foundation

/// The register as files under the library: `ledger/applications-YYYY.csv` (applications by the
/// year received) and `ledger/proceedings-YYYY.csv` (proceedings by the year their application was
/// received), UTF-8 with a byte-order mark so a spreadsheet opens them as they are. See
/// `Cases/README.md`.
public struct LedgerFolder: Sendable {
    /// The library root (`Cases/`).
    public let root: URL
    /// `Cases/ledger`.
    public var folder: URL { root.appendingPathComponent(Self.folderName) }
    /// The register folder's name inside the library.
    public static let folderName = "ledger"

    /// A register stored under the library at `root`.
    public init(root: URL) { self.root = root }

    /// The register's CSV files, sorted by name.
    public func filePaths() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Whether any register file exists.
    public var exists: Bool { !filePaths().isEmpty }

    /// Reads every register file (any `*.csv` in the folder, told apart by its header).
    /// - Returns: the register and the problems of its files (bad lines are left out).
    public func load() -> LedgerImport {
        let files = filePaths().map { url in
            LedgerFile(bytes: (try? [UInt8](Data(contentsOf: url))) ?? [], name: displayPath(url))
        }
        return LedgerImport(files: files)
    }

    /// Writes the register: one file per year and kind, each atomically and only when its bytes
    /// change; register files no longer needed (an emptied year, a file under another name whose
    /// lines are now in the canonical files) are removed.
    /// - Returns: the files written.
    @discardableResult
    public func save(_ ledger: Ledger) throws -> [URL] {
        var contents: [String: String] = [:]
        let years = Dictionary(ledger.applications.map { ($0.id, LedgerDate.year($0.received)) }, uniquingKeysWith: { $1 })
        for (year, applications) in Dictionary(grouping: ledger.applications, by: { LedgerDate.year($0.received) }) {
            contents["applications-\(year).csv"] = Self.render(LedgerApplication.columns, applications.map(\.cells))
        }
        for (year, proceedings) in Dictionary(grouping: ledger.proceedings, by: { years[$0.applicationID] ?? 0 }) {
            contents["proceedings-\(year).csv"] = Self.render(LedgerProceeding.columns, proceedings.map(\.cells))
        }
        var written: [URL] = []
        for (name, text) in contents.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(name)
            let data = Data(text.utf8)
            if (try? Data(contentsOf: url)) == data { continue }
            try AtomicFile.write(data, to: url)
            written.append(url)
        }
        for url in filePaths() where contents[url.lastPathComponent] == nil {
            try FileManager.default.removeItem(at: url)
        }
        return written
    }

    /// A register file's text: BOM, header, one line per row, LF line ends.
    public static func render(_ header: [String], _ rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(CSVTable.quote).joined(separator: ",") + "\n" }.joined()
    }

    private func displayPath(_ url: URL) -> String {
        url.path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
    }
}
