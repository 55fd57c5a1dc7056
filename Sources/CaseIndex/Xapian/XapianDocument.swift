import CXapian

/// An owned Xapian document being built for indexing; freed in `deinit`.
final class XapianDocument {
    let handle: OpaquePointer

    init() throws {
        guard let handle = cx_document_new() else { throw IndexError(.internal, "内存不足，无法创建文档") }
        self.handle = handle
    }

    deinit { cx_document_free(handle) }

    func addPosting(_ term: String, position: Int, wdf: Int) throws {
        try withBytes(term) { bytes, length in
            try xapianCall("add posting") {
                cx_document_add_posting(handle, bytes, length, UInt32(clamping: position), UInt32(clamping: wdf), $0)
            }
        }
    }

    func addTerm(_ term: String, wdf: Int) throws {
        try withBytes(term) { bytes, length in
            try xapianCall("add term") { cx_document_add_term(handle, bytes, length, UInt32(clamping: wdf), $0) }
        }
    }

    func addBooleanTerm(_ term: String) throws {
        try withBytes(term) { bytes, length in
            try xapianCall("add boolean term") { cx_document_add_boolean_term(handle, bytes, length, $0) }
        }
    }

    func setValue(_ value: String, slot: Int) throws {
        try withBytes(value) { bytes, length in
            try xapianCall("set value") { cx_document_set_value(handle, UInt32(slot), bytes, length, $0) }
        }
    }

    func setData(_ data: String) throws {
        try withBytes(data) { bytes, length in
            try xapianCall("set data") { cx_document_set_data(handle, bytes, length, $0) }
        }
    }
}
