import CaseLibrary

/// Chinese names of record fields, for what people read (`excluded.txt`, the CLI's listings).
public enum FieldLabels {
    private static let names: [String: String] = [
        "title": "标题", "unit": "承办单位", "request": "申请内容", "response_note": "答复说明", "legal_basis": "法律依据",
        "consultation": "会商意见", "analysis": "评析", "tags": "关键词", "body": "正文", "number": "文书编号", "summary": "裁决要旨",
        "author": "作者", "topics": "主题",
    ]

    /// `request` → 申请内容, `legal_basis[1]` → 法律依据第2项; an unknown field is returned as is.
    public static func chinese(_ field: String) -> String {
        guard let open = field.firstIndex(of: "["), let close = field.firstIndex(of: "]"),
            let index = Int(field[field.index(after: open)..<close])
        else { return names[field] ?? field }
        let base = String(field[..<open])
        return "\(names[base] ?? base)第\(index + 1)项"
    }

    /// `2024-XH-0001 申请内容：姓名` — where a finding is, never its value.
    public static func describe(_ finding: FieldFinding) -> String {
        "\(finding.recordID) \(chinese(finding.field))：\(finding.kind.label)"
    }
}
