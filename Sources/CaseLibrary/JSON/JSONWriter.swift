/// Writes `JSONValue`s as compact or indented JSON, keys in the order given,
/// non-ASCII text as is (UTF-8), so that output is stable and diff-friendly.
public enum JSONWriter {
    /// One-line JSON with `", "` and `": "` separators, as in the interchange files.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    /// Escapes a string as a JSON string literal (with the quotes).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case let .bool(flag): out += flag ? "true" : "false"
        case let .number(text): out += text
        case let .string(text): out += quoted(text)
        case let .array(items):
            out += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { out += ", " }
                write(item, into: &out)
            }
            out += "]"
        case let .object(members):
            out += "{"
            for (offset, member) in members.enumerated() {
                if offset > 0 { out += ", " }
                out += quoted(member.0) + ": "
                write(member.1, into: &out)
            }
            out += "}"
        }
    }
}
