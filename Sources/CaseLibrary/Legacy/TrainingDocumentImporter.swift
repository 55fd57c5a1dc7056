import Foundation

/// Makes a `training` record from a legacy document's bytes.
///
/// The bytes are decoded (`TextDecoding`), pinyin annotations removed
/// (`PinyinAnnotationRepair`), traditional characters optionally converted to simplified,
/// trailing spaces and runs of blank lines tidied, and garbled lines reported
/// (`MojibakeDetector`). The record is made by `RecordDecoder.decode`, so it is valid or not
/// made at all.
public enum TrainingDocumentImporter {
    /// What importing produced.
    public struct Outcome: Sendable {
        /// The record, or nil when `problems` is not empty.
        public let record: Record?
        /// Why the record could not be made (from `RecordDecoder`).
        public let problems: [RecordProblem]
        /// Doubts about the text, with line numbers of the file as decoded (before tidying, so
        /// they match the lines an editor shows for the original file).
        public let warnings: [LegacyWarning]
        /// The encoding the bytes were read as.
        public let encoding: TextDecoding.Encoding
    }

    /// The longest id allowed by the interchange format.
    public static let maxIDLength = 64
    /// How many leading lines are searched for a date.
    public static let dateSearchLines = 8

    /// Imports one document.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - fileName: the file's name; the id is `T-` and the name without extension, reduced to
    ///     `[A-Za-z0-9._-]`, with a hash of the name appended when characters were dropped.
    ///   - title: the title; by default the first non-empty line (else the file name).
    ///   - simplify: whether to convert traditional characters to simplified.
    /// - Returns: the record or its problems, warnings and the encoding.
    /// - Throws: `TextDecodingError` when the bytes are binary.
    public static func importDocument(
        _ bytes: [UInt8], fileName: String, title: String? = nil, simplify: Bool = true
    ) throws(TextDecodingError) -> Outcome {
        let decoded = try TextDecoding.decode(bytes, file: fileName)
        var warnings = decoded.warnings
        if decoded.encoding != .utf8 {
            warnings.append(LegacyWarning(path: fileName, line: 0, message: "按 \(decoded.encoding.rawValue) 编码读取"))
        }
        let repaired = PinyinAnnotationRepair.repair(decoded.text)
        if let first = repaired.removed.first {
            warnings.append(LegacyWarning(
                path: fileName, line: first.line,
                message: "已删除 \(repaired.removed.count) 处拼音注音，如 \(first.annotation)"))
        }
        let body = tidy(simplify ? simplified(repaired.text) : repaired.text)
        for finding in MojibakeDetector.scan(repaired.text) {
            warnings.append(LegacyWarning(path: fileName, line: finding.line, message: finding.reason))
        }
        var fields: [(String, JSONValue)] = [
            ("id", .string(recordID(forFileName: fileName))),
            ("kind", .string(RecordKind.training.rawValue)),
            ("title", .string(title ?? firstLine(of: body) ?? StatuteParser.fileNameTitle(fileName))),
        ]
        if let date = leadingDate(in: body) { fields.append(("date", .string(date))) }
        fields.append(("body", .string(body)))
        let outcome = RecordDecoder.decode(.object(fields))
        return Outcome(record: outcome.record, problems: outcome.problems, warnings: warnings, encoding: decoded.encoding)
    }

    /// The record id for a file name: `T-` + the name without extension reduced to
    /// `[A-Za-z0-9._-]` (runs of other characters become one `-`); when characters were dropped,
    /// an 8-digit hex FNV-1a hash of the name is appended so distinct Chinese names stay distinct.
    /// At most 64 characters.
    public static func recordID(forFileName fileName: String) -> String {
        let stem = ((fileName as NSString).lastPathComponent as NSString).deletingPathExtension
        var kept = ""
        var dropped = false
        for scalar in stem.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar) {
                kept.unicodeScalars.append(scalar)
            } else {
                dropped = true
                if !kept.hasSuffix("-") { kept += "-" }
            }
        }
        kept = kept.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        let hash = dropped || kept.isEmpty ? fnv1a(fileName) : ""
        let room = maxIDLength - 2 - (hash.isEmpty ? 0 : hash.count + (kept.isEmpty ? 0 : 1))
        let prefix = String(kept.prefix(max(room, 0)))
        return "T-" + [prefix, hash].filter { !$0.isEmpty }.joined(separator: "-")
    }

    private static func fnv1a(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    private static let traditionalToSimplified = StringTransform("Traditional-Simplified")

    private static func simplified(_ text: String) -> String {
        text.applyingTransform(traditionalToSimplified, reverse: false) ?? text
    }

    /// Trailing spaces removed from lines, at most one blank line in a row, no blank lines at the ends.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = Substring(line)
            while let last = trimmed.last, last == " " || last == "\t" || last == "\u{3000}" { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(String(trimmed))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static func firstLine(of text: String) -> String? {
        for line in text.split(separator: "\n") {
            let title = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            if !title.isEmpty { return String(title.prefix(200)) }
        }
        return nil
    }

    /// A date in the first lines: 2021年3月5日, 2021-03-05, 2021.3.5, 2021/3/5 or 二〇二一年三月五日.
    static func leadingDate(in text: String) -> String? {
        for line in text.split(separator: "\n").prefix(dateSearchLines) {
            if let date = LegacyDate.find(in: String(line)) { return date }
        }
        return nil
    }
}
