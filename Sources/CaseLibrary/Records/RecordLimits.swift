/// Size limits on records, far beyond any real case, so that a runaway file or JSONL line is
/// refused with a message instead of taking minutes and gigabytes to validate and index.
///
/// The largest record in the sample library is under 2 KB; a long training lecture is some tens of
/// thousands of characters. The limits leave two orders of magnitude above that:
///
/// | what | limit | why |
/// |---|---|---|
/// | a record file or JSONL line | 1 MiB | ≈ 350,000 Chinese characters: several books |
/// | a long text field (`request`, `analysis`, `summary`, `body`, …) | 512 KiB | ≈ 170,000 characters, a 300-page book |
/// | a short field (`title`, `unit`, `number`, a list item, …) | 4 KiB | ≈ 1,300 characters; a title is ~30 |
/// | items in a list (`legal_basis`, `tags`, `topics`, `cases`) | 1,000 | a case cites a handful of provisions |
public enum RecordLimits {
    /// Bytes a record file or a JSONL line may have.
    public static let recordBytes = 1 << 20
    /// UTF-8 bytes a long text field may have.
    public static let longTextBytes = 512 << 10
    /// UTF-8 bytes a short field or a list item may have.
    public static let shortTextBytes = 4 << 10
    /// Items a list field may have.
    public static let listItems = 1_000

    /// The problem for a record file or JSONL line of `size` bytes, or nil when it is within the limit.
    public static func recordSizeProblem(_ size: Int) -> RecordProblem? {
        guard size > recordBytes else { return nil }
        return RecordProblem(field: nil, message: "记录过大：\(size) 字节，上限 \(recordBytes) 字节（1 MiB），未读取")
    }

    /// Every field of `members` that is over its limit.
    static func problems(in members: [(String, JSONValue)], specs: [FieldSpec], path: String = "") -> [RecordProblem] {
        var problems: [RecordProblem] = []
        for (name, value) in members {
            let spec = specs.first { $0.name == name }
            let field = path + name
            switch value {
            case let .string(text):
                let limit = spec?.isLongText == true ? longTextBytes : shortTextBytes
                if text.utf8.count > limit { problems.append(tooLong(field, text.utf8.count, limit)) }
            case let .array(items):
                if items.count > listItems {
                    problems.append(RecordProblem(field: field, message: "列表项过多：\(items.count) 项，上限 \(listItems) 项"))
                }
                for (offset, item) in items.prefix(listItems).enumerated() {
                    if let text = item.stringValue, text.utf8.count > shortTextBytes {
                        problems.append(tooLong("\(field)[\(offset)]", text.utf8.count, shortTextBytes))
                    }
                }
            case let .object(inner):
                if case let .object(innerSpecs)? = spec?.type {
                    problems += self.problems(in: inner, specs: innerSpecs, path: field + ".")
                }
            default:
                if let text = value.stringValue, text.utf8.count > shortTextBytes {
                    problems.append(tooLong(field, text.utf8.count, shortTextBytes))
                }
            }
        }
        return problems
    }

    private static func tooLong(_ field: String, _ size: Int, _ limit: Int) -> RecordProblem {
        RecordProblem(field: field, message: "字段过长：\(size) 字节，上限 \(limit) 字节")
    }
}
