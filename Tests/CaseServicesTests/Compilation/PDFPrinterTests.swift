import Foundation
import Testing

@testable import CaseServices

struct PDFPrinterTests {
    static let chromium = PDFPrinter.findChromium()
    static let pdftoppm = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func reportsMissingChromiumAsTypedError() throws {
        let printer = PDFPrinter(searchPath: "/nonexistent")
        #expect(printer.executable == nil)
        let error = try #require(throws: PDFPrinter.Failure.self) {
            try printer.print(html: URL(fileURLWithPath: "/tmp/in.html"), to: URL(fileURLWithPath: "/tmp/out.pdf"))
        }
        #expect(error.code == .chromiumMissing)
    }

    @Test func reportsFailingChromiumAsTypedError() throws {
        let directory = try CompilationFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let printer = PDFPrinter(executable: "/bin/false", timeout: 10)
        let error = try #require(throws: PDFPrinter.Failure.self) {
            try printer.print(html: directory.appendingPathComponent("in.html"), to: directory.appendingPathComponent("out.pdf"))
        }
        #expect(error.code == .chromiumFailed)
    }

    @Test func stopsChromiumThatTakesTooLong() throws {
        let directory = try CompilationFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let slow = directory.appendingPathComponent("slow-chromium")
        try "#!/bin/sh\nexec sleep 30\n".write(to: slow, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: slow.path)
        let error = try #require(throws: PDFPrinter.Failure.self) {
            try PDFPrinter(executable: slow.path, timeout: 0.5)
                .print(html: directory.appendingPathComponent("in.html"), to: directory.appendingPathComponent("out.pdf"))
        }
        #expect(error.code == .timedOut, "\(error.message)")
    }

    @Test(
        .enabled(if: chromium != nil && pdftoppm != nil, "skipped: chromium and pdftoppm (poppler-utils) are not both installed"),
        .timeLimit(.minutes(3)))
    func printsCompilationToPDFWhosePageOneRenders() throws {
        let directory = try CompilationFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try CompilationWriter().write(CompilationFixture.build(CompilationFixture.cases2023()), to: directory)
        let pdf = directory.appendingPathComponent("compilation.pdf")
        try PDFPrinter(timeout: 150).print(html: directory.appendingPathComponent("compilation.html"), to: pdf)
        let header = try Data(contentsOf: pdf).prefix(5)
        #expect(String(decoding: header, as: UTF8.self) == "%PDF-")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.pdftoppm))
        process.arguments = ["-png", "-r", "40", "-f", "1", "-l", "1", pdf.path, directory.appendingPathComponent("page").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let png = try FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasPrefix("page") && $0.hasSuffix(".png") }
        let size = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(try #require(png)).path)[.size] as? Int
        #expect((size ?? 0) > 1000)
    }
}
