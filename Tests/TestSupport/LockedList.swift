import Foundation

/// A list that several threads append to (what a concurrent test collects: failures, events).
public final class LockedList<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var elements: [Element] = []

    /// An empty list.
    public init() {}

    /// Appends `element`.
    public func append(_ element: Element) {
        lock.lock()
        elements.append(element)
        lock.unlock()
    }

    /// What the list holds now.
    public var items: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return elements
    }

    /// What the list holds now, leaving it empty.
    public func take() -> [Element] {
        lock.lock()
        defer { lock.unlock() }
        let taken = elements
        elements = []
        return taken
    }
}
