import CXapian
import Foundation

/// Runs one CXapian call and turns a failed status into an `IndexError`, freeing the message.
func xapianCall(_ what: String, _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> cx_status) throws {
    var message: UnsafeMutablePointer<CChar>?
    XapianCallCounter.tally?.record(search: what == "search" || what == "term frequencies")
    let status = body(&message)
    guard status != CX_OK else { return }
    let text = message.map { String(cString: $0) } ?? "无详细信息"
    cx_string_free(message)
    throw IndexError(code(for: status), "索引操作失败（\(what)）：\(text)")
}

private func code(for status: cx_status) -> IndexError.Code {
    switch status {
    case CX_ERR_DATABASE_MODIFIED: return .databaseModified
    case CX_ERR_DATABASE_OPENING: return .databaseOpening
    case CX_ERR_DATABASE_LOCK: return .databaseLocked
    case CX_ERR_DATABASE_CORRUPT: return .databaseCorrupt
    case CX_ERR_DATABASE: return .database
    case CX_ERR_NETWORK: return .network
    case CX_ERR_INVALID_ARGUMENT: return .invalidArgument
    case CX_ERR_DOC_NOT_FOUND: return .documentNotFound
    default: return .internal
    }
}

/// Calls `body` with a byte pointer and length for `text` (UTF-8).
func withBytes<T>(_ text: String, _ body: (UnsafePointer<CChar>, Int) throws -> T) rethrows -> T {
    var copy = text
    return try copy.withUTF8 { buffer in
        try buffer.withMemoryRebound(to: CChar.self) { chars in
            // An empty buffer may have no base address: hand over a valid empty C string instead.
            guard let base = chars.baseAddress else { return try body("", 0) }
            return try body(base, chars.count)
        }
    }
}

/// Takes ownership of a malloc'd byte buffer from CXapian and returns it as a String.
func takeString(_ pointer: UnsafeMutablePointer<CChar>?, length: Int) -> String {
    guard let pointer else { return "" }
    defer { cx_string_free(pointer) }
    let buffer = UnsafeRawBufferPointer(start: pointer, count: length)
    return String(decoding: buffer, as: UTF8.self)
}

/// Takes ownership of a CXapian string list and returns its items.
func takeStrings(_ list: OpaquePointer?) -> [String] {
    guard let list else { return [] }
    defer { cx_strings_free(list) }
    return (0..<cx_strings_count(list)).map { index in
        var length = 0
        let pointer = cx_strings_at(list, index, &length)
        guard let pointer else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }
}

/// Counts the calls a piece of work makes into Xapian (through `xapianCall`), for measuring what
/// a service operation costs: bind a tally with `XapianCallCounter.$tally.withValue(tally) { … }`
/// and every call made inside (on that task) is counted. Nothing is counted when no tally is bound.
public final class XapianCallTally: @unchecked Sendable {
    private let lock = NSLock()
    private var callCount = 0
    private var searchCount = 0

    /// Makes an empty tally.
    public init() {}

    /// Calls counted: every C call, and the searches among them (matches run, statistics batches).
    public var totals: (calls: Int, searches: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (callCount, searchCount)
    }

    func record(search: Bool) {
        lock.lock()
        callCount += 1
        if search { searchCount += 1 }
        lock.unlock()
    }
}

/// Where the current task's ``XapianCallTally`` is bound.
public enum XapianCallCounter {
    /// The tally counting the current task's calls, if any.
    @TaskLocal public static var tally: XapianCallTally?
}
