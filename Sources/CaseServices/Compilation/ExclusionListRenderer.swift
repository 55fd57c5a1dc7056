/// Renders `excluded.txt`: every case of the year left out of the compilation with its reasons,
/// then the places where personal identifiers were masked (`record-id 字段：种类`, never a value).
/// Everything in it is Chinese.
public struct ExclusionListRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The text, one case per line as `id<TAB>reasons<TAB>review status<TAB>title`.
    public func render(_ compilation: Compilation) -> String {
        var lines = [
            "\(compilation.year)年度未入选案例：\(compilation.excluded.count) 件（入选 \(compilation.cases.count) 件）",
            "# 案例标识\t未入选原因\t审核状态\t标题",
        ]
        for excluded in compilation.excluded {
            let reasons = excluded.reasons.map(\.label).joined(separator: "；")
            lines.append([excluded.id, reasons, Self.statusLabel(excluded.reviewStatus), oneLine(excluded.title)].joined(separator: "\t"))
        }
        lines.append("")
        lines.append("已遮盖的个人信息：\(compilation.redactions.count) 处")
        lines += compilation.redactions.map(FieldLabels.describe)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The review status in Chinese (`reviewed` → 已审核); an unknown status as written.
    static func statusLabel(_ status: String) -> String {
        ["draft": "草稿", "submitted": "已提交待审", "reviewed": "已审核", "rejected": "未通过审核"][status] ?? (status.isEmpty ? "未记录" : status)
    }

    private func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
