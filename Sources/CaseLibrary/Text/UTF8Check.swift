/// Byte-level UTF-8 checks made before text is decoded, so that a bad byte can be located by line
/// and a byte-order mark seen (decoders silently strip it).
public enum UTF8Check {
    /// The UTF-8 byte-order mark, `EF BB BF`.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether `bytes` start with the UTF-8 byte-order mark.
    public static func hasByteOrderMark<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        bytes.starts(with: byteOrderMark)
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is valid.
    public static func firstInvalidOffset<Bytes: Collection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The one-based line that the byte at `offset` is on (lines end with `\n`).
    public static func line<Bytes: Collection>(ofOffset offset: Int, in bytes: Bytes) -> Int where Bytes.Element == UInt8 {
        1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The bytes as a string when they are valid UTF-8; otherwise the one-based line of the first bad byte.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> Result<String, InvalidByte> where Bytes.Element == UInt8 {
        if let offset = firstInvalidOffset(bytes) {
            return .failure(InvalidByte(offset: offset, line: line(ofOffset: offset, in: bytes)))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Where the first byte that is not valid UTF-8 is.
    public struct InvalidByte: Error, Sendable, Equatable {
        /// Its offset from the start, in bytes.
        public let offset: Int
        /// The one-based line it is on.
        public let line: Int
    }
}
