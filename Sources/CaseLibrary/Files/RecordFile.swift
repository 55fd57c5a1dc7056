/// The human-editable text form of one record under `Cases/`: a header of `key: value` lines
/// (lists as `- item` lines below their key, nested review fields as `review.status: …`),
/// then each long text field as a `## name` section. See `Cases/README.md`.
///
/// Values that a plain line cannot carry exactly (empty, with newlines, with leading or trailing
/// white space, or starting with a quote) are written as JSON string literals, and so are long texts
/// that a section cannot carry exactly (with a carriage return, or ending in a line break). A section
/// line that would start with `## ` or `\` is escaped with a leading `\`. Rendering a parsed file gives the
/// same bytes again.
public enum RecordFile {
    /// The path of a record's file relative to the library root, e.g. `cases/2023-XH-0012.md`.
    public static func relativePath(kind: RecordKind, id: String) -> String {
        "\(kind.folderName)/\(id).md"
    }

    /// Renders a record as file text.
    public static func render(_ record: Record) -> String {
        let specs = RecordSchema.fields(for: record.kind)
        var header: [String] = []
        var sections: [String] = []
        for spec in specs {
            guard let value = record[spec.name] else { continue }
            if spec.isLongText, let text = value.stringValue, sectionCanCarry(text) {
                sections.append("## \(spec.name)\n\n" + escapeSection(text) + "\n")
                continue
            }
            header += headerLines(key: spec.name, value: value)
        }
        var out = header.joined(separator: "\n") + "\n"
        for section in sections { out += "\n" + section }
        return out
    }

    private static func headerLines(key: String, value: JSONValue) -> [String] {
        switch value {
        case let .string(text): return ["\(key): \(plain(text))"]
        case let .number(text): return ["\(key): \(text)"]
        case let .bool(flag): return ["\(key): \(flag)"]
        case let .array(items):
            if items.isEmpty { return ["\(key): []"] }
            return ["\(key):"] + items.map { "  - " + plain($0.stringValue ?? "") }
        case let .object(members):
            return members.flatMap { headerLines(key: "\(key).\($0.0)", value: $0.1) }
        case .null: return ["\(key): null"]
        }
    }

    /// A header value as written: as is when a line can carry it exactly, else as a JSON literal.
    static func plain(_ text: String) -> String {
        let needsQuoting =
            text.isEmpty || text.first == "\"" || text.first?.isWhitespace == true || text.last?.isWhitespace == true
            || text.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) }) || text == "[]"
        return needsQuoting ? JSONWriter.quoted(text) : text
    }

    /// Whether a `## name` section gives back exactly `text`: the parser reads `\r\n` as a line break
    /// and drops the blank line that ends the last section, so such texts go in the header as JSON literals.
    static func sectionCanCarry(_ text: String) -> Bool {
        !text.unicodeScalars.contains("\r") && text.unicodeScalars.last != "\n"
    }

    private static func escapeSection(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("## ") || line.hasPrefix("\\") || line.hasPrefix("##\t") ? "\\" + line : String(line)
        }.joined(separator: "\n")
    }
}
