import Foundation

/// Turns the bytes of a legacy document (exports from old office systems, often GBK) into text.
///
/// Detection order: a byte-order mark (UTF-8, UTF-16 LE, UTF-16 BE); refusal of binary input
/// (any NUL byte, or more than 10 % control bytes other than tab, LF, CR and form feed); strict
/// UTF-8; GB18030 (a superset of GBK and GB2312); finally UTF-8 with invalid sequences replaced
/// by U+FFFD, with a warning. Line endings CRLF and CR become LF.
public enum TextDecoding {
    /// The encodings recognised.
    public enum Encoding: String, Sendable, Equatable {
        /// UTF-8 without a byte-order mark.
        case utf8 = "UTF-8"
        /// UTF-8 with a byte-order mark (removed).
        case utf8WithBOM = "UTF-8 (BOM)"
        /// UTF-16 little-endian, from its byte-order mark FF FE.
        case utf16LittleEndian = "UTF-16LE"
        /// UTF-16 big-endian, from its byte-order mark FE FF.
        case utf16BigEndian = "UTF-16BE"
        /// GB18030, which includes GBK and GB2312.
        case gb18030 = "GB18030"
        /// UTF-8 with invalid bytes replaced by U+FFFD.
        case utf8Lossy = "UTF-8（无效字节已替换）"
    }

    /// Decoded text.
    public struct Decoded: Sendable, Equatable {
        /// The text, with LF line endings and no BOM.
        public let text: String
        /// The encoding it was read as.
        public let encoding: Encoding
        /// Doubts met while decoding.
        public let warnings: [LegacyWarning]
    }

    /// GB18030 in swift-corelibs-foundation: `kCFStringEncodingGB_18030_2000` (0x0632) as an
    /// `NSStringEncoding` (high bit set). `CFStringConvertEncodingToNSStringEncoding` is not
    /// exposed on Linux, so the constant is spelled out; decoding through it is strict.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes a document.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the file's name, for messages.
    /// - Returns: the text, the encoding and warnings.
    /// - Throws: `TextDecodingError` when the bytes look binary.
    public static func decode(_ bytes: [UInt8], file: String = "input") throws(TextDecodingError) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            try refuseBinary(body, file: file)
            let (text, encoding, warnings) = utf8(body, file: file)
            return Decoded(text: normalizeLineEndings(text), encoding: encoding == .utf8 ? .utf8WithBOM : encoding, warnings: warnings)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try utf16(Array(bytes.dropFirst(2)), littleEndian: bytes[0] == 0xFF, file: file)
        }
        try refuseBinary(bytes, file: file)
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: normalizeLineEndings(text), encoding: .utf8, warnings: [])
        }
        if let text = String(data: Data(bytes), encoding: gb18030) {
            return Decoded(text: normalizeLineEndings(text), encoding: .gb18030, warnings: [])
        }
        let (text, encoding, warnings) = utf8(bytes, file: file)
        return Decoded(text: normalizeLineEndings(text), encoding: encoding, warnings: warnings)
    }

    /// Replaces CRLF and lone CR with LF.
    public static func normalizeLineEndings(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
            previousWasCR = false
        }
        return String(scalars)
    }

    private static func utf8(_ bytes: [UInt8], file: String) -> (String, Encoding, [LegacyWarning]) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8, []) }
        let text = String(decoding: bytes, as: UTF8.self)
        let line = normalizeLineEndings(text).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\u{FFFD}") }.map { $0 + 1 } ?? 0
        let warning = LegacyWarning(
            path: file, line: line, message: "既不是有效的 UTF-8 也不是 GB18030 编码；无效字节已替换为 U+FFFD（首处在本行）")
        return (text, .utf8Lossy, [warning])
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool, file: String) throws(TextDecodingError) -> Decoded {
        var warnings: [LegacyWarning] = []
        if bytes.count % 2 == 1 {
            warnings.append(LegacyWarning(path: file, line: 0, message: "UTF-16 文本的字节数为奇数；已舍弃最后一个字节"))
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        if let nul = units.firstIndex(of: 0) {
            let line = units[..<nul].filter { $0 == 0x0A }.count + 1
            throw TextDecodingError(code: .binary, file: file, line: line, message: "UTF-16 文本含有 NUL 字符；拒绝读取二进制内容")
        }
        let text = normalizeLineEndings(String(decoding: units, as: UTF16.self))
        let hadReplacement = units.contains(0xFFFD)
        if !hadReplacement, let bad = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: { $0.contains("\u{FFFD}") }) {
            warnings.append(LegacyWarning(path: file, line: bad + 1, message: "不成对的 UTF-16 代理项已替换为 U+FFFD"))
        }
        return Decoded(text: text, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian, warnings: warnings)
    }

    /// Throws when the bytes contain NUL or more than 10 % control bytes.
    private static func refuseBinary(_ bytes: [UInt8], file: String) throws(TextDecodingError) {
        func line(at offset: Int) -> Int { bytes[..<offset].filter { $0 == 0x0A }.count + 1 }
        if let nul = bytes.firstIndex(of: 0) {
            let evenNuls = stride(from: 0, to: min(bytes.count, 4096), by: 2).filter { bytes[$0] == 0 }.count
            let oddNuls = stride(from: 1, to: min(bytes.count, 4096), by: 2).filter { bytes[$0] == 0 }.count
            let hint = max(evenNuls, oddNuls) * 4 > min(bytes.count, 4096) ? "（可能是不带字节顺序标记（BOM）的 UTF-16 文本）" : ""
            throw TextDecodingError(code: .binary, file: file, line: line(at: nul), message: "含有 NUL 字节；拒绝读取二进制内容\(hint)")
        }
        let controls = bytes.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C } .count
        if !bytes.isEmpty, controls * 10 > bytes.count {
            let first = bytes.firstIndex { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C } ?? 0
            throw TextDecodingError(
                code: .binary, file: file, line: line(at: first),
                message: "\(bytes.count) 个字节中有 \(controls) 个控制字节；拒绝读取二进制内容")
        }
    }
}
