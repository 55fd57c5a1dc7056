import CaseIndex
import CaseLibrary
import Foundation

/// The statute files under `Cases/statutes/` as index sources, with the thesaurus.
public enum StatuteSources {
    /// Sources, thesaurus entries and problems found.
    public struct Loaded: Sendable {
        /// One source per statute file that yielded articles.
        public var sources: [IndexSource] = []
        /// Thesaurus pairs (term → synonym), normalised.
        public var synonyms: [(String, String)] = []
        /// Files that could not be indexed and thesaurus lines that could not be read.
        public var problems: [LocatedProblem] = []
    }

    /// The folder of statutes inside the library root.
    public static let folderName = LibraryFiles.statutesFolder
    /// The thesaurus file inside that folder.
    public static let thesaurusName = String(LibraryFiles.statuteThesaurus.dropFirst(LibraryFiles.statutesFolder.count + 1))

    /// Reads `root/statutes/*.md` and `root/statutes/thesaurus.txt` (and checks `domain.txt`).
    ///
    /// A file that cannot be read, is not UTF-8 or has no articles is a problem and left out; the
    /// parser's other remarks (odd numbering, a missing marker) are not problems here — `caselib
    /// statutes import` shows them.
    /// - Throws: never for a bad file; only when the folder exists but cannot be listed.
    public static func load(from root: URL) throws -> Loaded {
        var loaded = Loaded()
        let folder = root.appendingPathComponent(folderName)
        guard FileManager.default.fileExists(atPath: folder.path) else { return loaded }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw ServiceError.badInput("无法列出 \(folder.path) 的内容")
        }
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let relative = "\(folderName)/\(name)"
            switch source(at: folder.appendingPathComponent(name), relativePath: relative) {
            case let .success(source): loaded.sources.append(source)
            case let .failure(problem): loaded.problems.append(problem)
            }
        }
        let thesaurusURL = folder.appendingPathComponent(thesaurusName)
        if let data = FileManager.default.contents(atPath: thesaurusURL.path) {
            let path = "\(folderName)/\(thesaurusName)"
            if let text = String(data: data, encoding: .utf8) {
                let parsed = StatuteThesaurus.parse(text, path: path)
                loaded.synonyms = parsed.thesaurus.pairs
                loaded.problems += parsed.problems
            } else {
                loaded.problems.append(LocatedProblem(path: path, line: 1, problem: RecordProblem(field: nil, message: "文件不是有效的 UTF-8 编码")))
            }
        }
        loaded.problems += StatuteDomain.load(from: root).problems
        return loaded
    }

    /// The index source of one statute file, or the problem that keeps it out.
    public static func source(at url: URL, relativePath: String) -> Result<IndexSource, LocatedProblem> {
        func problem(_ line: Int, _ message: String) -> Result<IndexSource, LocatedProblem> {
            .failure(LocatedProblem(path: relativePath, line: line, problem: RecordProblem(field: nil, message: message)))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return problem(1, "无法读取文件") }
        guard let text = String(data: data, encoding: .utf8) else { return problem(1, "文件不是有效的 UTF-8 编码") }
        let outcome = StatuteParser.parse(text, path: url.path)
        guard !outcome.document.articles.isEmpty else { return problem(1, "未找到条文（第X条）；该文件未索引") }
        let documents = StatuteDocuments.documents(for: outcome.document, relativePath: relativePath)
        return .success(IndexSource(relativePath: relativePath, contentHash: SHA256.hex(data), documents: documents))
    }
}
