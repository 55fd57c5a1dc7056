import CXapian

/// An owned Xapian document being built for indexing; freed in `deinit`. It may be built on one
/// thread and written on another (`DocumentPipeline` hands it over), but is never used by two
/// threads at once: Xapian's documents are not thread-safe.
final class XapianDocument: @unchecked Sendable {
    let handle: OpaquePointer

    init() throws {
        guard let handle = cx_document_new() else { throw IndexError(.internal, "内存不足，无法创建文档") }
        self.handle = handle
    }

    deinit { cx_document_free(handle) }

    /// Adds a prepared document's terms in one call (see `cx_document_add_terms`).
    func addTerms(bytes: [UInt8], lengths: [UInt32], positions: [UInt32], wdfs: [UInt32]) throws {
        precondition(lengths.count == positions.count && lengths.count == wdfs.count)
        try bytes.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { chars in
                try xapianCall("add terms") {
                    cx_document_add_terms(handle, chars.baseAddress, lengths, positions, wdfs, lengths.count, $0)
                }
            }
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
