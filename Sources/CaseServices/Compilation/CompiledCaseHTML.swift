import CaseLibrary
/// A compiled case as HTML, shared by the compilation and the course packs so that a case looks
/// the same in both.
enum CompiledCaseHTML {
    /// The case's `<section class="case">`, with a category heading before it when given.
    static func render(_ compiled: CompiledCase, category: String?, includeConsultation: Bool) -> [String] {
        var out = ["<section class=\"case\" id=\"\(compiled.anchor)\">"]
        if let category { out.append("<h3>\(escape(category))</h3>") }
        out.append("<h4>\(escape(compiled.number))　\(escape(compiled.title))\(badge(compiled.isCorrected))</h4>")
        out.append("<p class=\"label\">基本案情</p>")
        out += paragraphs(compiled.request)
        out.append("<p class=\"facts\">\(escape(CompilationText.facts(compiled)))</p>")
        out.append("<p class=\"label\">处理结果</p>")
        out.append("<p class=\"response\">\(escape(CompilationText.response(compiled)))</p>")
        if let note = compiled.responseNote { out += paragraphs(note) }
        if !compiled.legalBasis.isEmpty {
            out.append("<p class=\"basis\">法律依据：\(compiled.legalBasis.map(escape).joined(separator: "；"))</p>")
        }
        if includeConsultation, let consultation = compiled.consultation {
            out.append("<p class=\"label\">会商意见</p>")
            out += paragraphs(consultation)
        }
        if !compiled.outcomes.isEmpty {
            out += ["<p class=\"label\">复议诉讼情况</p>", "<ol class=\"outcomes\">"]
            for outcome in compiled.outcomes {
                let line = escape(CompilationText.outcomeLine(outcome))
                out.append("<li><p><strong>\(line)</strong></p>" + paragraphs(outcome.summary).joined() + "</li>")
            }
            out.append("</ol>")
        }
        if let analysis = compiled.analysis {
            out.append("<p class=\"label\">评析</p>")
            out += paragraphs(analysis)
        }
        if !compiled.tags.isEmpty { out.append("<p class=\"tags\">关键词：\(compiled.tags.map(escape).joined(separator: "、"))</p>") }
        out.append("</section>")
        return out
    }

    /// The 【被纠正】 badge, or nothing.
    static func badge(_ corrected: Bool) -> String {
        corrected ? " <span class=\"badge\">\(CompilationText.correctedBadge)</span>" : ""
    }

    private static func paragraphs(_ text: String) -> [String] { HTMLParagraphs.paragraphs(text) }

    private static func escape(_ text: String) -> String { HTMLText.escape(text) }
}
