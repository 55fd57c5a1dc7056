import CaseLibrary
import CaseServer
import CaseServices

/// How results look on a terminal: matched spans in 【】, scores with four decimals.
enum TextRendering {
    /// A passage with its matches in 【】 and … where it was cut.
    static func passage(_ passage: Passage) -> String {
        (passage.cutBefore ? "…" : "") + passage.pieces.map { $0.marked ? "【\($0.text)】" : $0.text }.joined()
            + (passage.cutAfter ? "…" : "")
    }

    /// A score as the API shows it.
    static func score(_ value: Double) -> String { SearchJSON.format(value) }
}

extension Caselib {
    /// The command line's session: the operator of the library's files may ask for hidden records
    /// with `--all`; without it, every answer is what a member would see.
    static func session(_ arguments: CommandLineArguments) throws -> LibrarySession {
        let service = service(arguments)
        guard service.hasIndex else {
            throw CaselibError("索引不存在：\(service.indexRoot.path)（请先运行 caselib index）")
        }
        return try LibrarySession(library: service, viewer: Viewer(name: "cli", role: .admin), refreshInterval: 0)
    }
}
