import CXapian

/// An owned writable Xapian database; commits and closes in `deinit` if not closed before.
final class XapianWritable {
    private let handle: OpaquePointer

    init(path: String, create: Bool) throws {
        var out: OpaquePointer?
        try xapianCall("open \(path) for writing") { cx_writable_open(path, create ? 1 : 0, &out, $0) }
        guard let out else { throw IndexError(.internal, "无法打开索引 \(path)：未返回句柄") }
        handle = out
    }

    deinit { cx_writable_free(handle) }

    func replace(uniqueTerm: String, with document: XapianDocument) throws {
        try withBytes(uniqueTerm) { bytes, length in
            try xapianCall("replace document") { cx_writable_replace_by_term(handle, bytes, length, document.handle, $0) }
        }
    }

    func delete(uniqueTerm: String) throws {
        try withBytes(uniqueTerm) { bytes, length in
            try xapianCall("delete document") { cx_writable_delete_by_term(handle, bytes, length, $0) }
        }
    }

    func setMetadata(_ key: String, _ value: String) throws {
        try withBytes(key) { keyBytes, keyLength in
            try withBytes(value) { valueBytes, valueLength in
                try xapianCall("set metadata") {
                    cx_writable_set_metadata(handle, keyBytes, keyLength, valueBytes, valueLength, $0)
                }
            }
        }
    }

    func addSynonym(_ term: String, _ synonym: String) throws {
        try withBytes(term) { termBytes, termLength in
            try withBytes(synonym) { synonymBytes, synonymLength in
                try xapianCall("add synonym") {
                    cx_writable_add_synonym(handle, termBytes, termLength, synonymBytes, synonymLength, $0)
                }
            }
        }
    }

    func commit() throws { try xapianCall("commit") { cx_writable_commit(handle, $0) } }

    func beginTransaction() throws { try xapianCall("begin transaction") { cx_writable_begin_transaction(handle, $0) } }

    func commitTransaction() throws { try xapianCall("commit transaction") { cx_writable_commit_transaction(handle, $0) } }

    func close() throws { try xapianCall("close") { cx_writable_close(handle, $0) } }

    var documentCount: Int {
        get throws {
            var count: UInt32 = 0
            try xapianCall("count documents") { cx_writable_doccount(handle, &count, $0) }
            return Int(count)
        }
    }
}
