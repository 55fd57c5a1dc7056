import CXapian

/// An owned Xapian query. Immutable once built; freed in `deinit`.
final class XapianQuery {
    let handle: OpaquePointer

    private init(handle: OpaquePointer) { self.handle = handle }

    deinit { cx_query_free(handle) }

    enum Operator {
        case and, or, andNot, filter, andMaybe, synonym, phrase, near, eliteSet

        var raw: cx_query_op {
            switch self {
            case .and: return CX_OP_AND
            case .or: return CX_OP_OR
            case .andNot: return CX_OP_AND_NOT
            case .filter: return CX_OP_FILTER
            case .andMaybe: return CX_OP_AND_MAYBE
            case .synonym: return CX_OP_SYNONYM
            case .phrase: return CX_OP_PHRASE
            case .near: return CX_OP_NEAR
            case .eliteSet: return CX_OP_ELITE_SET
            }
        }
    }

    static func matchAll() throws -> XapianQuery {
        guard let handle = cx_query_match_all() else { throw IndexError(.internal, "内存不足，无法构建查询") }
        return XapianQuery(handle: handle)
    }

    static func matchNothing() throws -> XapianQuery {
        guard let handle = cx_query_match_nothing() else { throw IndexError(.internal, "内存不足，无法构建查询") }
        return XapianQuery(handle: handle)
    }

    static func term(_ term: String, wqf: Int = 1, position: Int = 0) throws -> XapianQuery {
        var out: OpaquePointer?
        try withBytes(term) { bytes, length in
            try xapianCall("query term") { cx_query_term(bytes, length, UInt32(clamping: wqf), UInt32(clamping: position), &out, $0) }
        }
        guard let out else { throw IndexError(.internal, "构建查询失败（query term）") }
        return XapianQuery(handle: out)
    }

    static func combine(_ op: Operator, _ parts: [XapianQuery], window: Int = 0) throws -> XapianQuery {
        var out: OpaquePointer?
        let handles: [OpaquePointer?] = parts.map { $0.handle }
        try handles.withUnsafeBufferPointer { buffer in
            try xapianCall("combine queries") {
                cx_query_combine(op.raw, buffer.baseAddress, buffer.count, UInt32(clamping: window), &out, $0)
            }
        }
        guard let out else { throw IndexError(.internal, "构建查询失败（combine queries）") }
        return withExtendedLifetime(parts) { XapianQuery(handle: out) }
    }

    func scaled(by factor: Double) throws -> XapianQuery {
        var out: OpaquePointer?
        try xapianCall("scale query") { cx_query_scale(handle, factor, &out, $0) }
        guard let out else { throw IndexError(.internal, "构建查询失败（scale query）") }
        return XapianQuery(handle: out)
    }

    static func valueRange(slot: Int, from low: String, to high: String) throws -> XapianQuery {
        var out: OpaquePointer?
        try withBytes(low) { lowBytes, lowLength in
            try withBytes(high) { highBytes, highLength in
                try xapianCall("value range") {
                    cx_query_value_range(UInt32(slot), lowBytes, lowLength, highBytes, highLength, &out, $0)
                }
            }
        }
        guard let out else { throw IndexError(.internal, "构建查询失败（value range）") }
        return XapianQuery(handle: out)
    }

    var description: String {
        guard let text = cx_query_describe(handle) else { return "" }
        defer { cx_string_free(text) }
        return String(cString: text)
    }
}
