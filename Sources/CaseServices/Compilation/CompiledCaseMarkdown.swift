/// A compiled case as Markdown, shared by the compilation and the course packs.
enum CompiledCaseMarkdown {
    /// The case: an anchor, its heading at `headingLevel`, facts, response, basis, outcomes, analysis.
    static func render(_ compiled: CompiledCase, includeConsultation: Bool, headingLevel: Int = 4) -> [String] {
        var out = ["<a id=\"\(compiled.anchor)\"></a>", "", String(repeating: "#", count: headingLevel) + " \(escape(CompilationText.caseHeading(compiled)))", ""]
        out += ["**基本案情**", ""] + paragraphs(compiled.request) + [escape(CompilationText.facts(compiled)), ""]
        out += ["**处理结果**", "", CompilationText.response(compiled), ""]
        if let note = compiled.responseNote { out += paragraphs(note) }
        if !compiled.legalBasis.isEmpty { out += ["法律依据：" + compiled.legalBasis.map(escape).joined(separator: "；"), ""] }
        if includeConsultation, let consultation = compiled.consultation { out += ["**会商意见**", ""] + paragraphs(consultation) }
        if !compiled.outcomes.isEmpty {
            out += ["**复议诉讼情况**", ""]
            for (offset, outcome) in compiled.outcomes.enumerated() {
                out.append("\(offset + 1). \(escape(CompilationText.outcomeLine(outcome)))  ")
                out.append("   " + CompilationText.paragraphs(outcome.summary).map(escape).joined(separator: " "))
            }
            out.append("")
        }
        if let analysis = compiled.analysis { out += ["**评析**", ""] + paragraphs(analysis) }
        if !compiled.tags.isEmpty { out += ["关键词：" + compiled.tags.map(escape).joined(separator: "、"), ""] }
        return out
    }

    private static func paragraphs(_ text: String) -> [String] { MarkdownText.paragraphs(text) }

    private static func escape(_ text: String) -> String { MarkdownText.escape(text) }
}
