import Foundation

/// A bounded first-in, first-out queue between one producer and several
/// consumer threads: `put` waits while the queue is full, `take` while it
/// is empty, and returns nil once the queue is closed and drained.
final class WorkQueue<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var closed = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func put(_ item: Item) {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !closed { condition.wait() }
        guard !closed else { return }
        items.append(item)
        condition.broadcast()
    }

    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// Drops what is waiting and closes: consumers stop at their next `take`.
    func cancel() {
        condition.lock()
        items.removeAll()
        head = 0
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// No more items: waiting consumers get nil once the rest are taken.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
