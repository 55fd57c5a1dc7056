// Fuzz target: the JSONL reader (byte-level line splitting, BOM and UTF-8 checks, the strict JSON
// parser and the record decoder), compiled together with Sources/CaseLibrary. The input arrives in
// chunks whose size the first byte chooses, so chunk boundaries fall inside lines and characters.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    let step = Int(first % 32) + 1
    let body = bytes.dropFirst()
    var chunks: [Data] = []
    var offset = body.startIndex
    while offset < body.endIndex {
        let end = min(body.endIndex, offset + step)
        chunks.append(Data(body[offset..<end]))
        offset = end
    }
    var decoded: [JSONLines.Line] = []
    for line in JSONLinesFile.read(chunks: chunks) {
        if case .text(let number, let text) = line { decoded.append(JSONLines.decode(text, number: number)) }
    }
    let checked = JSONLines.checkReferences(decoded, knownCaseIDs: ["2023-XH-0001"])
    // A record that decodes must survive the trip through JSONL unchanged.
    for line in checked {
        guard let record = line.record else { continue }
        let again = JSONLines.decode(JSONLines.write([record]).trimmingCharacters(in: .newlines), number: 1)
        if again.record != record { fatalError("JSONL round trip changed record \(record.id): \(again.problems)") }
    }
    return 0
}
