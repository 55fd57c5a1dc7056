/// A path pattern such as `/cases/{id}/citations`, split into segments.
struct RoutePattern: Sendable {
    /// One `/`-separated piece of a pattern.
    enum Segment: Sendable, Equatable {
        /// Must equal the decoded path segment exactly.
        case literal(String)
        /// Matches any single segment and binds it to the name.
        case parameter(String)
    }

    /// The segments after the leading `/`.
    let segments: [Segment]

    /// Splits `pattern`; a segment written `{name}` is a parameter, anything else a literal.
    init(_ pattern: String) {
        var pieces = pattern.split(separator: "/", omittingEmptySubsequences: false)
        if pieces.first == "" { pieces.removeFirst() }
        segments = pieces.map { piece in
            if piece.count > 2, piece.hasPrefix("{"), piece.hasSuffix("}") {
                return .parameter(String(piece.dropFirst().dropLast()))
            }
            return .literal(String(piece))
        }
    }

    /// Matches decoded path segments, returning bound parameters or nil.
    func match(_ pathSegments: [String]) -> [String: String]? {
        guard pathSegments.count == segments.count else { return nil }
        var bound: [String: String] = [:]
        for (segment, value) in zip(segments, pathSegments) {
            switch segment {
            case .literal(let literal):
                guard literal == value else { return nil }
            case .parameter(let name):
                bound[name] = value
            }
        }
        return bound
    }

    /// Specificity for choosing between patterns that both match: literals win, left to right.
    var specificity: [Bool] {
        segments.map { if case .literal = $0 { return true } else { return false } }
    }

    /// Splits a raw (percent-encoded) path into decoded segments; nil if one does not decode.
    static func decodedSegments(ofRawPath rawPath: String) -> [String]? {
        var pieces = rawPath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        if let first = pieces.first, first.isEmpty { pieces.removeFirst() }
        var decoded: [String] = []
        for piece in pieces {
            guard let segment = try? PercentDecoding.decode(piece, plusAsSpace: false) else { return nil }
            decoded.append(segment)
        }
        return decoded
    }
}
