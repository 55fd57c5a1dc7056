import Foundation

/// Reads a JSONL file line by line from disk, so that memory stays bounded by the longest line
/// allowed (`RecordLimits.recordBytes`) rather than by the file.
///
/// Each line is checked as bytes before it is decoded: a byte-order mark at the start of the file
/// (which decoders strip silently) and bytes that are not UTF-8 are reported with the line they are on.
public enum JSONLinesFile {
    /// One line of the file as read.
    public enum RawLine: Sendable {
        /// The line's text (without its `\n` or `\r\n`).
        case text(number: Int, String)
        /// A line that cannot be read as text.
        case problem(number: Int, RecordProblem)
    }

    /// Reads every non-blank line of the file at `url`.
    /// - Returns: the lines in order; a file starting with a byte-order mark gives a single problem
    ///   (the spec forbids the BOM, and the whole file is refused: its producer is not a JSONL writer).
    /// - Throws: `CocoaError` when the file cannot be opened.
    public static func read(_ url: URL) throws -> [RawLine] {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var failure: Error?
        let chunks = AnyIterator<Data> {
            do {
                guard let chunk = try handle.read(upToCount: 64 << 10), !chunk.isEmpty else { return nil }
                return chunk
            } catch {
                failure = error
                return nil
            }
        }
        let lines = read(chunks: chunks)
        if let failure { throw failure }
        return lines
    }

    /// Reads every non-blank line of text arriving in `chunks` (split anywhere, even inside a character).
    public static func read<Chunks: Sequence>(chunks: Chunks) -> [RawLine] where Chunks.Element == Data {
        var splitter = LineSplitter(limit: RecordLimits.recordBytes)
        var out: [RawLine] = []
        var start: [UInt8] = []
        var checked = false
        for chunk in chunks where !chunk.isEmpty {
            if !checked {
                start += chunk.prefix(UTF8Check.byteOrderMark.count - start.count)
                checked = start.count >= UTF8Check.byteOrderMark.count
                if UTF8Check.hasByteOrderMark(start) { return [bomProblem] }
            }
            splitter.append(chunk) { out.append(contentsOf: decode($0)) }
        }
        splitter.finish { out.append(contentsOf: decode($0)) }
        return out
    }

    private static let bomProblem = RawLine.problem(number: 1, RecordProblem(
        field: nil, message: "文件以 BOM（字节顺序标记 EF BB BF）开头；JSONL 规定为不带 BOM 的 UTF-8，整个文件未导入"))

    private static func decode(_ line: LineSplitter.Line) -> [RawLine] {
        if let size = line.oversize {
            return [.problem(number: line.number, RecordProblem(field: nil, message: "行过长：\(size) 字节，上限 \(RecordLimits.recordBytes) 字节（1 MiB），未读取"))]
        }
        var bytes = line.bytes
        if bytes.last == 0x0D { bytes.removeLast() }
        switch UTF8Check.decode(bytes) {
        case .failure(let bad):
            return [.problem(number: line.number, RecordProblem(field: nil, message: "不是有效的 UTF-8：本行第 \(bad.offset + 1) 字节"))]
        case .success(let text):
            return text.trimmingCharacters(in: .whitespaces).isEmpty ? [] : [.text(number: line.number, text)]
        }
    }
}

/// Splits bytes into `\n`-ended lines, keeping at most `limit` bytes of any line in memory.
struct LineSplitter {
    /// A line: its one-based number and bytes, or its size when it exceeded the limit.
    struct Line {
        let number: Int
        let bytes: [UInt8]
        let oversize: Int?
    }

    let limit: Int
    private var current: [UInt8] = []
    private var size = 0
    private var number = 1

    init(limit: Int) { self.limit = limit }

    /// Feeds bytes; calls `emit` for each line completed.
    mutating func append(_ bytes: Data, emit: (Line) -> Void) {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let count = end - start
            if size + count <= limit { current.append(contentsOf: bytes[start..<end]) } else { current = [] }
            size += count
            guard end < bytes.endIndex else { return }
            emit(Line(number: number, bytes: current, oversize: size > limit ? size : nil))
            current.removeAll(keepingCapacity: current.count <= 4096)
            size = 0
            number += 1
            start = end + 1
        }
    }

    /// Emits the last line when the text does not end with `\n`.
    mutating func finish(emit: (Line) -> Void) {
        if size > 0 { emit(Line(number: number, bytes: current, oversize: size > limit ? size : nil)) }
    }
}
