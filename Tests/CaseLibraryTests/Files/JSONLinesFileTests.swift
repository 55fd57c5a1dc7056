import CaseLibrary
import Foundation
import TestSupport
import Testing

@Suite("JSONL read from bytes in chunks: lines located, BOM seen, limits kept (issue 14 §3, §4)")
struct JSONLinesFileTests {
    private func texts(_ lines: [JSONLinesFile.RawLine]) -> [String] {
        lines.compactMap { if case .text(_, let text) = $0 { return text } else { return nil } }
    }

    private func problems(_ lines: [JSONLinesFile.RawLine]) -> [(Int, String)] {
        lines.compactMap { if case .problem(let number, let problem) = $0 { return (number, problem.message) } else { return nil } }
    }

    /// Chunk boundaries fall anywhere, even inside a UTF-8 character or the BOM.
    @Test func everyChunkSizeGivesTheSameLines() {
        let text = "{\"id\":\"甲\"}\r\n\n  \n{\"id\":\"乙\"}\n{\"id\":\"丙\"}"
        let bytes = Data(text.utf8)
        for size in 1...bytes.count {
            let chunks = stride(from: 0, to: bytes.count, by: size).map { bytes.subdata(in: $0..<min(bytes.count, $0 + size)) }
            let lines = JSONLinesFile.read(chunks: chunks)
            #expect(texts(lines) == ["{\"id\":\"甲\"}", "{\"id\":\"乙\"}", "{\"id\":\"丙\"}"], "chunk size \(size)")
            #expect(problems(lines).isEmpty)
        }
        let bom = Data([0xEF, 0xBB, 0xBF]) + bytes
        for size in 1...4 {
            let chunks = stride(from: 0, to: bom.count, by: size).map { bom.subdata(in: $0..<min(bom.count, $0 + size)) }
            let found = problems(JSONLinesFile.read(chunks: chunks))
            #expect(found.count == 1 && found.first?.0 == 1 && found.first?.1.contains("BOM") == true, "chunk size \(size)")
        }
    }

    @Test func aBadByteIsReportedOnItsLineAndTheOthersRead() {
        let bytes = Data("{\"a\":1}\n".utf8) + Data([0x7B, 0xFF, 0x7D, 0x0A]) + Data("{\"b\":2}\n".utf8)
        let lines = JSONLinesFile.read(chunks: [bytes])
        #expect(texts(lines) == ["{\"a\":1}", "{\"b\":2}"])
        #expect(problems(lines).map(\.0) == [2])
        #expect(problems(lines).first?.1.contains("第 2 字节") == true)
    }

    @Test func aLineOverTheLimitIsRefusedWithoutKeepingIt() {
        let long = Data(repeating: 0x61, count: RecordLimits.recordBytes + 10)
        let lines = JSONLinesFile.read(chunks: [Data("{}\n".utf8), long, Data("\n{\"c\":3}".utf8)])
        #expect(texts(lines) == ["{}", "{\"c\":3}"])
        #expect(problems(lines).map(\.0) == [2])
        #expect(problems(lines).first?.1.contains("行过长") == true)
    }
}
