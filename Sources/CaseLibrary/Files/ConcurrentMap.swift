import Dispatch
import Foundation

/// Work spread over every core, with results in the order of the input.
public enum ConcurrentMap {
    /// `transform` applied to every item, items taken in chunks by all cores at once; the results
    /// come back in the items' order, so the output is the same as `items.map(transform)`.
    /// `transform` must be safe to run on several threads at once.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let count = items.count
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard count > 1, cores > 1 else { return items.map(transform) }
        let results = Slots<Result>(count: count)
        defer { results.free() }
        // Chunks small enough to even out slow items, large enough to cost nothing to hand out.
        let chunk = max(1, min(256, count / (cores * 8)))
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { index in
            for item in index * chunk..<min(count, (index + 1) * chunk) { results.set(item, transform(items[item])) }
        }
        return results.values()
    }
}

/// Storage written at distinct indices from several threads: each slot is written once, by one
/// thread, and read only after every writer has finished.
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    func values() -> [Value] { buffer.compactMap { $0 } }

    func free() {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
