import CaseLibrary
import Foundation
import Testing

@testable import CaseServices

/// Compiles the realistic development corpus in ../shared, when it is there.
struct CorpusCompilationTests {
    static let corpus = CompilationFixture.packageRoot().deletingLastPathComponent()
        .appendingPathComponent("shared/eval/precedents-dev/corpus.jsonl")
    static let present = FileManager.default.fileExists(atPath: corpus.path)

    static func records() throws -> [Record] {
        let text = try String(contentsOf: corpus, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let outcome = RecordDecoder.decode(try JSONParser.parse(String(line)))
            return try #require(outcome.record, "corpus line invalid: \(outcome.problems)")
        }
    }

    @Test(.enabled(if: present, "skipped: ../shared/eval/precedents-dev/corpus.jsonl is not present"))
    func compilesEveryPublishableCaseOf2021AndListsTheRest() throws {
        let records = try Self.records()
        let yearCases = records.filter { $0.kind == .case && $0.year == 2021 }
        let compilation = try CompilationBuilder().build(
            records: records, year: 2021, options: CompilationOptions(issuingOffice: CompilationFixture.office, redact: true))
        #expect(compilation.cases.count + compilation.excluded.count == yearCases.count)
        // Without a register the statistics count exactly the cases the compilation shows.
        #expect(compilation.statistics.source == .libraryCases)
        #expect(compilation.statistics.report.applicationRow(ReportTemplate.received)?.total == compilation.cases.count)
        #expect(compilation.statistics.report.failedChecks.isEmpty)
        #expect(Set(compilation.cases.map(\.id)).isDisjoint(with: compilation.excluded.map(\.id)))
        let html = HTMLRenderer().render(compilation)
        #expect(try TagBalance.check(html) == [])
    }

    @Test(.enabled(if: present, "skipped: ../shared/eval/precedents-dev/corpus.jsonl is not present"))
    func findsNoFalsePositivesInRealisticCaseText() throws {
        // Document numbers, dates and amounts in the synthetic corpus must not trip the scanner.
        let records = try Self.records()
        for year in 2016...2025 {
            let compilation = try CompilationBuilder().build(records: records, year: year, options: CompilationOptions(issuingOffice: "x"))
            #expect(compilation.redactions.isEmpty)
        }
    }
}

/// Writes the 2021 corpus compilation and its PDF to `$COMPILE_CHECK_DIR` for a person to look at.
struct CorpusCompilationPreview {
    static let directory = ProcessInfo.processInfo.environment["COMPILE_CHECK_DIR"]

    @Test(
        .enabled(if: directory != nil && CorpusCompilationTests.present, "skipped: set COMPILE_CHECK_DIR to write a preview of the 2021 corpus"))
    func writesPreviewOf2021Corpus() throws {
        let output = URL(fileURLWithPath: try #require(Self.directory))
        let compilation = try CompilationBuilder().build(
            records: CorpusCompilationTests.records(), year: 2021,
            options: CompilationOptions(issuingOffice: "某市公安局", redact: true, generatedOn: "2022-03-31"))
        try CompilationWriter().write(compilation, to: output)
        if PDFPrinter.findChromium() != nil {
            try PDFPrinter().print(html: output.appendingPathComponent("compilation.html"), to: output.appendingPathComponent("compilation.pdf"))
        }
    }
}
