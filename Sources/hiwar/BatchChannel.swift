import Foundation

/// A bounded first-in, first-out hand-off from one thread to another: `put` waits while `capacity`
/// items wait to be taken, `take` waits while none does. Either side may `close()` it: the taker then
/// gets what was already put and then nil, the putter gets false.
///
/// It lets `hiwar import` extract the next batch of articles on a second core while the first batch
/// is written, with at most `capacity` extracted batches held in memory besides those two.
final class BatchChannel<Element: Sendable>: @unchecked Sendable {
    // @unchecked: the stored state below is only read or written with `condition` locked.
    private let condition = NSCondition()
    private var items: [Element] = []
    private var isClosed = false
    private let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0, "a channel holds at least one item")
        self.capacity = capacity
    }

    /// Hands `item` over, waiting for room; false when the channel was closed and the item dropped.
    func put(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !isClosed { condition.wait() }
        guard !isClosed else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The oldest item put, waiting for one; nil once the channel is closed and emptied.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !isClosed { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// Ends the hand-off: no more items are accepted, and waiting threads wake up.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        isClosed = true
        condition.broadcast()
    }
}
