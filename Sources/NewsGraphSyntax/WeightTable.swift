internal import CSyntaxModel

/// Read-only perceptron weights: feature key → the classes it votes for.
///
/// The layout is the model file's (see ``WeightTableLayout``): an
/// open-addressing table of `capacity` slots (a power of two), each a 32-bit
/// fingerprint of the key (0 = empty) and the 32-bit index of the key's first
/// (class, weight) pair; a row's pairs run until one carries the last-pair
/// flag. Lookups probe linearly from ``WeightTableLayout/home(_:mask:)``.
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

    /// Adds the weights of all `count` keys into `scores` (one entry per class).
    /// The keys' slots, then their rows, are fetched from memory together rather
    /// than one after the other: a model is far larger than the processor's caches.
    @inline(__always)
    func add(_ keys: UnsafePointer<UInt64>, count: Int, to scores: UnsafeMutablePointer<Float>) {
        for k in 0..<count { newsgraph_prefetch(slots + WeightTableLayout.home(keys[k], mask: mask)) }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { starts in
            for k in 0..<count {
                let start = self.start(keys[k])
                starts[k] = start
                if start >= 0 { newsgraph_prefetch(pairs + Int(start)) }
            }
            for k in 0..<count where starts[k] >= 0 { addRow(from: Int(starts[k]), to: scores) }
        }
    }

    /// The index of the first pair of `key`'s row, or -1 when the key has no weights.
    @inline(__always)
    private func start(_ key: UInt64) -> Int32 {
        let fingerprint = WeightTableLayout.fingerprint(key)
        var index = WeightTableLayout.home(key, mask: mask)
        while true {
            let slot = slots[index]
            if slot.fingerprint == fingerprint { return Int32(bitPattern: slot.start) }
            if slot.fingerprint == 0 { return -1 }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    private func addRow(from start: Int, to scores: UnsafeMutablePointer<Float>) {
        var p = start
        while true {
            let pair = pairs[p]
            scores[Int(pair.label & WeightTableLayout.labelMask)] += WeightTableLayout.float(pair.weight)
            if pair.label & WeightTableLayout.lastFlag != 0 { return }
            p += 1
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
        public var fingerprint: UInt32
        public var start: UInt32
        public init(fingerprint: UInt32, start: UInt32) {
            self.fingerprint = fingerprint
            self.start = start
        }
    }

    /// A class and its weight; the high bit of `label` marks a row's last pair. The weight is
    /// the bit pattern of an IEEE half-precision number, normal or zero (see ``half(_:)``).
    public struct Pair: Sendable {
        public var label: UInt16
        public var weight: UInt16
        public init(label: UInt16, weight: UInt16) {
            self.label = label
            self.weight = weight
        }
    }

    /// The half-precision bits of `value`: numbers too small to be normal become 0, too large the largest.
    public static func half(_ value: Float) -> UInt16 {
        let magnitude = min(abs(value), 65_504)
        guard magnitude >= 6.103_515_6e-5 else { return 0 }
        return (value < 0 ? 0x8000 : 0) | (Float16(magnitude).bitPattern & 0x7FFF)
    }

    /// A half-precision weight as a `Float`, by moving its bits (no library call on any processor, and no
    /// branch): the half's exponent and fraction placed in a float's, then scaled by 2^112, the difference
    /// of the two biases. Exact for zero and every normal half, the only ones ``half(_:)`` writes.
    @inline(__always)
    public static func float(_ bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        return Float(bitPattern: sign | UInt32(bits & 0x7FFF) << 13) * 0x1p112
    }

    public static let lastFlag: UInt16 = 0x8000
    public static let labelMask: UInt16 = 0x7FFF
    static let headerSize = 16

    /// A key's slot before probing: bits the fingerprint does not use.
    @inline(__always)
    public static func home(_ key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: key >> 1) & mask }

    /// A key's fingerprint in a slot: its high 32 bits, never 0.
    @inline(__always)
    public static func fingerprint(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }
}
