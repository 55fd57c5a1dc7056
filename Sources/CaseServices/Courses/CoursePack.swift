import CaseIndex
import CaseLibrary
import Foundation

/// Builds course packs over a library, in memory (for `POST /api/courses`) or into a folder
/// (`caselib course build`).
public enum CoursePack {
    /// The files written, in order (`course.pdf` follows when printing).
    public static let fileNames = ["course.md", "course.html"]

    /// A built course and its two renderings.
    public struct Rendered: Sendable {
        /// The course model (its `notices` say what was left out).
        public let course: Course
        /// `course.md`.
        public let markdown: String
        /// `course.html`, self-contained.
        public let html: String
    }

    /// Builds a course over a library: the records of `Cases/`, its statutes, and its index for the
    /// sessions' queries — or, when there is no index, a plain word search over the records.
    /// - Throws: `CourseError` (bad query, unreadable statutes).
    public static func build(_ spec: CourseSpec, service: CaseLibraryService) throws(CourseError) -> Rendered {
        let records = service.folder.load().allRecords
        let linker: CitationLinker
        do { linker = try CitationLinker.load(libraryRoot: service.folder.root) } catch {
            throw CourseError(code: .ioFailed, message: "\(error)")
        }
        let search: any CourseSearching
        if service.location.exists, let reader = try? IndexReader(location: service.location) {
            search = IndexCourseSearch(reader: reader)
        } else {
            search = RecordTextSearch(records: records)
        }
        return render(try CourseBuilder(linker: linker).build(spec, records: records, search: search))
    }

    /// Renders a built course.
    public static func render(_ course: Course) -> Rendered {
        Rendered(course: course, markdown: CourseMarkdownRenderer().render(course), html: CourseHTMLRenderer().render(course))
    }

    /// Prints a course to PDF with page numbers on every page, in the table of contents and in the
    /// references back (见第一讲，第5页); see `PagedPDFPrinter`.
    /// - Throws: `PDFPrinter.Failure` or a file error.
    public static func printPDF(_ course: Course, to pdf: URL, printer: PDFPrinter) throws {
        try PagedPDFPrinter(printer: printer).print(render: { CourseHTMLRenderer().render(course, pageNumbers: $0) }, to: pdf)
    }

    /// The PDF of a course as bytes, printed in a scratch folder (for `POST /api/courses?format=pdf`).
    /// - Throws: `CourseError` (`ioFailed`) naming Chromium's failure.
    public static func pdfData(_ course: Course, printer: PDFPrinter = PDFPrinter()) throws(CourseError) -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("course-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let pdf = folder.appendingPathComponent("course.pdf")
            try printPDF(course, to: pdf, printer: printer)
            return Array(try Data(contentsOf: pdf))
        } catch {
            throw CourseError(code: .ioFailed, message: "无法生成 PDF：\(error)")
        }
    }

    /// Writes `course.md` and `course.html` (each atomically) and, when `printer` is given, `course.pdf`
    /// (with page numbers).
    /// - Returns: the files written.
    /// - Throws: `CourseError` (`ioFailed`) naming the file or Chromium's failure.
    @discardableResult
    public static func write(_ rendered: Rendered, to directory: URL, printer: PDFPrinter? = nil) throws(CourseError) -> [URL] {
        var written: [URL] = []
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (name, text) in zip(fileNames, [rendered.markdown, rendered.html]) {
                let url = directory.appendingPathComponent(name)
                try CompilationWriter.writeAtomically(Array(text.utf8), to: url)
                written.append(url)
            }
            if let printer {
                let pdf = directory.appendingPathComponent("course.pdf")
                try printPDF(rendered.course, to: pdf, printer: printer)
                written.append(pdf)
            }
        } catch {
            throw CourseError(code: .ioFailed, message: "\(error)")
        }
        return written
    }
}
