import CaseLibrary
import Foundation
import Testing

/// Work spread over the cores gives what a plain map gives, in order.
@Suite("Concurrent map")
struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 2, 17, 5_000])
    func theResultsAreThoseOfAPlainMapInOrder(count: Int) {
        let items = Array(0..<count)
        #expect(ConcurrentMap.map(items) { $0 * $0 + 1 } == items.map { $0 * $0 + 1 })
    }

    @Test func slowItemsDoNotReorderTheResults() {
        let items = (0..<64).map { "第\($0)件" }
        let result = ConcurrentMap.map(items) { item -> String in
            if item.hasSuffix("3件") { Thread.sleep(forTimeInterval: 0.01) }
            return item + "已读"
        }
        #expect(result == items.map { $0 + "已读" })
    }
}
