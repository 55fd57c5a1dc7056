/// Percent-decoding of URL components into validated UTF-8 strings.
enum PercentDecoding {
    /// Why a component could not be decoded.
    enum Failure: Error, Equatable {
        /// A `%` not followed by two hexadecimal digits.
        case invalidEscape
        /// The decoded bytes are not valid UTF-8.
        case invalidUTF8

        /// A short human explanation.
        var reason: String {
            switch self {
            case .invalidEscape: return "百分号编码无效"
            case .invalidUTF8: return "百分号解码后不是有效的 UTF-8"
            }
        }
    }

    /// Decodes `bytes`, turning `%XY` into a byte and, if `plusAsSpace`, `+` into a space.
    ///
    /// - Returns: The decoded string.
    /// - Throws: ``Failure`` if an escape is malformed or the result is not UTF-8.
    static func decode<Bytes: Collection>(_ bytes: Bytes, plusAsSpace: Bool) throws(Failure) -> String
    where Bytes.Element == UInt8 {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let first = bytes.index(after: index)
                guard first != bytes.endIndex else { throw .invalidEscape }
                let second = bytes.index(after: first)
                guard second != bytes.endIndex,
                    let high = hexValue(bytes[first]), let low = hexValue(bytes[second])
                else { throw .invalidEscape }
                output.append(high << 4 | low)
                index = bytes.index(after: second)
                continue
            }
            output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index = bytes.index(after: index)
        }
        guard let string = String(validating: output, as: UTF8.self) else { throw .invalidUTF8 }
        return string
    }

    /// The value of one hexadecimal digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
