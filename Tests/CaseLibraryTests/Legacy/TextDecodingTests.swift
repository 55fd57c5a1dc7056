import CaseLibrary
import Testing

@Suite struct TextDecodingTests {
    /// `关于印发《政府信息公开工作规范》的通知\r\n2021年3月5日\r\n第一条 測試€𠀀` encoded as GB18030
    /// (by Python's `codecs`), including a two-byte € (A2 E3) and a four-byte 𠀀 (95 32 82 36).
    static let gb18030Fixture: [UInt8] = [
        0xB9, 0xD8, 0xD3, 0xDA, 0xD3, 0xA1, 0xB7, 0xA2, 0xA1, 0xB6, 0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2,
        0xB9, 0xAB, 0xBF, 0xAA, 0xB9, 0xA4, 0xD7, 0xF7, 0xB9, 0xE6, 0xB7, 0xB6, 0xA1, 0xB7, 0xB5, 0xC4, 0xCD, 0xA8,
        0xD6, 0xAA, 0x0D, 0x0A, 0x32, 0x30, 0x32, 0x31, 0xC4, 0xEA, 0x33, 0xD4, 0xC2, 0x35, 0xC8, 0xD5, 0x0D, 0x0A,
        0xB5, 0xDA, 0xD2, 0xBB, 0xCC, 0xF5, 0x20, 0x9C, 0x79, 0xD4, 0x87, 0xA2, 0xE3, 0x95, 0x32, 0x82, 0x36,
    ]
    static let fixtureText = "关于印发《政府信息公开工作规范》的通知\n2021年3月5日\n第一条 測試€𠀀"

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return bytes
    }

    @Test func decodesGB18030AndNormalisesLineEndings() throws {
        let decoded = try TextDecoding.decode(Self.gb18030Fixture, file: "notice.txt")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == Self.fixtureText)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func decodesUTF16WithByteOrderMarks() throws {
        let source = "政府信息公开\r\n第一条 𠀀\rend"
        let little = try TextDecoding.decode(Self.utf16(source, littleEndian: true))
        #expect(little.encoding == .utf16LittleEndian)
        #expect(little.text == "政府信息公开\n第一条 𠀀\nend")
        let big = try TextDecoding.decode(Self.utf16(source, littleEndian: false))
        #expect(big.encoding == .utf16BigEndian)
        #expect(big.text == little.text)
    }

    @Test func stripsTheUTF8ByteOrderMark() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("條例\r\n".utf8))
        #expect(decoded.encoding == .utf8WithBOM)
        #expect(decoded.text == "條例\n")
        #expect(try TextDecoding.decode(Array("plain".utf8)).encoding == .utf8)
    }

    @Test func refusesBinaryInputWithFileAndLine() {
        let error = #expect(throws: TextDecodingError.self) {
            try TextDecoding.decode(Array("line one\nline two\n".utf8) + [0x00, 0x01], file: "scan.pdf")
        }
        #expect(error?.code == .binary)
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("scan.pdf:3:") == true)
        let controls = [UInt8](repeating: 0x01, count: 30) + Array("text".utf8)
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(controls) }
        let noBOM = Array(Self.utf16("abc", littleEndian: true).dropFirst(2))
        let hint = #expect(throws: TextDecodingError.self) { try TextDecoding.decode(noBOM) }
        #expect(hint?.message.contains("不带字节顺序标记（BOM）的 UTF-16") == true)
    }

    @Test func replacesUndecodableBytesWithAWarning() throws {
        let decoded = try TextDecoding.decode(Array("ok\n".utf8) + [0xFF, 0xFF, 0xFF], file: "bad.txt")
        #expect(decoded.encoding == .utf8Lossy)
        #expect(decoded.text.contains("\u{FFFD}"))
        #expect(decoded.warnings.first?.line == 2)
    }
}
