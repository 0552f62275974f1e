/// Read-only perceptron weights: feature key → the classes it votes for.
///
/// The layout is the model file's (see ``WeightTableLayout``): an
/// open-addressing table of `capacity` slots (a power of two), each a 64-bit
/// key (0 = empty), a 32-bit start and a 32-bit count into an array of
/// (class, weight) pairs. Lookups probe linearly from `key & (capacity - 1)`.
/// The memory belongs to the ``SyntaxModel`` that made the table; the table
/// must not outlive it.
struct WeightTable: @unchecked Sendable {
    private let slots: UnsafePointer<WeightTableLayout.Slot>
    private let pairs: UnsafePointer<WeightTableLayout.Pair>
    private let mask: Int
    let classCount: Int

    init(slots: UnsafePointer<WeightTableLayout.Slot>, capacity: Int, pairs: UnsafePointer<WeightTableLayout.Pair>, classCount: Int) {
        self.slots = slots
        self.mask = capacity - 1
        self.pairs = pairs
        self.classCount = classCount
    }

    /// Adds the weights of `key` into `scores` (one entry per class).
    @inline(__always)
    func add(_ key: UInt64, to scores: UnsafeMutablePointer<Float>) {
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let slot = slots[index]
            if slot.key == key {
                let end = Int(slot.start) + Int(slot.count)
                for p in Int(slot.start)..<end {
                    let pair = pairs[p]
                    scores[Int(pair.label)] += pair.weight
                }
                return
            }
            if slot.key == 0 { return }
            index = (index + 1) & mask
        }
    }
}

/// The byte layout of a ``WeightTable`` in a model file.
///
/// A table section is a header of four little-endian `UInt32`s (capacity,
/// class count, pair count, 0), then `capacity` ``Slot``s, then `pair count`
/// ``Pair``s. Every part starts at a multiple of 8 bytes.
public enum WeightTableLayout {
    public struct Slot: Sendable {
        public var key: UInt64
        public var start: UInt32
        public var count: UInt32
        public init(key: UInt64, start: UInt32, count: UInt32) {
            self.key = key
            self.start = start
            self.count = count
        }
    }

    public struct Pair: Sendable {
        public var label: UInt32
        public var weight: Float
        public init(label: UInt32, weight: Float) {
            self.label = label
            self.weight = weight
        }
    }

    static let headerSize = 16
}
