// Fuzz target: the record-file parser (Cases/*.md) with the byte-level UTF-8 check and the size
// limits, compiled together with Sources/CaseLibrary. A file that parses must render and parse back
// to the same record, and render to the same bytes again (the format's promise in Cases/README.md).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if RecordLimits.recordSizeProblem(bytes.count) != nil { return 0 }
    guard case .success(let text) = UTF8Check.decode(bytes) else { return 0 }
    let result = RecordFileParser.parse(text)
    guard let record = result.record else {
        for problem in result.problems { _ = problem.problem.description }
        return 0
    }
    let rendered = RecordFile.render(record)
    guard let again = RecordFileParser.parse(rendered).record else {
        fatalError("a parsed record renders to a file that does not parse: \(record.id)")
    }
    if again != record { fatalError("render then parse changed record \(record.id)") }
    if RecordFile.render(again) != rendered { fatalError("rendering is not stable for \(record.id)") }
    return 0
}
