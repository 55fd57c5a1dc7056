import CaseLibrary
import Foundation

/// Defaults for the yearly compilation from `Cases/compilation.conf`: `key = value` lines for
/// `title`, `office` and `editor` (who edited it, for the 编写说明); `#` starts a comment line. Explicit options override them.
///
///     # 汇编默认值
///     title = 年度政府信息公开典型案例汇编
///     office = 某市公安局政府信息公开办公室
public struct CompilationConfig: Sendable, Equatable {
    /// The file's name inside the library root.
    public static let fileName = LibraryFiles.compilationConfig
    /// The default title, if set.
    public var title: String?
    /// The default issuing office, if set.
    public var office: String?
    /// Who edited the compilation (编写), a role or unit, printed in the 编写说明; the office when unset.
    public var editor: String?

    /// Makes a config.
    public init(title: String? = nil, office: String? = nil) {
        self.title = title
        self.office = office
    }

    /// Reads `root/compilation.conf`; a missing file gives no defaults.
    /// - Throws: `CompilationError` (`invalidOptions`) naming the file and line of an unknown key or a
    ///   malformed line.
    public static func load(libraryRoot root: URL) throws -> CompilationConfig {
        let url = root.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return CompilationConfig() }
        guard let text = String(data: data, encoding: .utf8) else { throw invalid("\(url.path)：不是有效的 UTF-8 编码") }
        var config = CompilationConfig()
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else { throw invalid("\(url.path):\(offset + 1): 应为“键 = 值”格式") }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "title": config.title = value.isEmpty ? nil : value
            case "office": config.office = value.isEmpty ? nil : value
            case "editor": config.editor = value.isEmpty ? nil : value
            default: throw invalid("\(url.path):\(offset + 1): 未知的键 ‘\(key)’（可用：title、office、editor）")
            }
        }
        return config
    }

    /// Options with these defaults under the explicit values.
    /// - Throws: `CompilationError` (`invalidOptions`) when no issuing office is known.
    public func options(
        title: String? = nil, office: String? = nil, redact: Bool = false, generatedOn: String? = nil, includeConsultation: Bool = false
    ) throws -> CompilationOptions {
        guard let issuingOffice = office ?? self.office else {
            throw Self.invalid("未指定发布机关：请指定发布机关，或在 \(Self.fileName) 中写入 ‘office = …’")
        }
        return CompilationOptions(
            title: title ?? self.title, issuingOffice: issuingOffice, redact: redact, generatedOn: generatedOn,
            includeConsultation: includeConsultation, editor: editor)
    }

    private static func invalid(_ message: String) -> CompilationError {
        CompilationError(code: .invalidOptions, message: message)
    }
}
