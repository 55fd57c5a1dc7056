import Foundation

/// Where the project, the shared material and the built tools are, seen from the tests.
public enum ProjectPaths {
    /// The package root (the folder with Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `../shared` beside the project, when present.
    public static var shared: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A file or folder in `../shared`, when present.
    /// The 2019 OGI Regulations: the lawrefbook file from `../shared` when present, else the
    /// byte-identical copy the repo ships in `Cases/statutes/`, so citation tests run on every clone.
    public static var regulations2019: URL? {
        if let shared = shared("corpora/lawrefbook/行政法规/政府信息公开条例(2019-04-03).md") { return shared }
        let shipped = root.appendingPathComponent("Cases/statutes/中华人民共和国政府信息公开条例(2019-05-15).md")
        return FileManager.default.fileExists(atPath: shipped.path) ? shipped : nil
    }

    public static func shared(_ relative: String) -> URL? {
        guard let url = shared?.appendingPathComponent(relative), FileManager.default.fileExists(atPath: url.path) else {
            return nil
        }
        return url
    }

    /// The `caselib` executable built beside the test bundle.
    public static var caselib: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [beside.appendingPathComponent("caselib")]
        var folder = beside
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("caselib"))
            folder.deleteLastPathComponent()
        }
        candidates.append(root.appendingPathComponent(".build/debug/caselib"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Whether an executable is on PATH.
    public static func which(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }
}
