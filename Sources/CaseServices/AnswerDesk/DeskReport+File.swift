import CaseLibrary
import Foundation

extension DeskReport {
    /// Writes the report to `url` in the format its extension names: `.md`, `.html` (or `.htm`) or
    /// `.pdf` (printed with headless Chromium).
    /// - Throws: ``ServiceError/badInput(_:)`` for another extension; ``ServiceError/failure(_:)``
    ///   when the file cannot be written or printed.
    public static func write(_ answer: DeskAnswer, to url: URL, printer: PDFPrinter = PDFPrinter()) throws(ServiceError) {
        let document = self.document(answer)
        let fileExtension = url.pathExtension.lowercased()
        do {
            switch fileExtension {
            case "md", "markdown": try AtomicFile.write(Data(document.markdown.utf8), to: url)
            case "html", "htm": try AtomicFile.write(Data(document.html.utf8), to: url)
            case "pdf":
                let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("desk-report-\(UUID().uuidString).html")
                defer { try? FileManager.default.removeItem(at: scratch) }
                try Data(document.html.utf8).write(to: scratch)
                try printer.print(html: scratch, to: url)
            default:
                throw ServiceError.badInput("报告文件的扩展名应为 .md、.html 或 .pdf，收到 ‘\(url.lastPathComponent)’")
            }
        } catch let error as ServiceError {
            throw error
        } catch let error as PDFPrinter.Failure {
            throw .failure("无法生成 PDF：\(error.code == .chromiumMissing ? "未找到 Chromium，请安装 chromium" : error.message)")
        } catch {
            throw .failure("无法写入报告 \(url.path)：\(error)")
        }
    }
}
