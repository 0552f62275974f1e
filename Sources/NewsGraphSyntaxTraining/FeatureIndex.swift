/// A hash map from feature key to row, for training: open addressing with
/// linear probing over keys that are already well-mixed hashes (0 is never a
/// key, see `FeatureHash`), several times faster than `Dictionary` here.
struct FeatureIndex {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        var size = 1
        while size < capacity { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The row of `key`, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int32 {
        keys.withUnsafeBufferPointer { keys in
            var index = Int(truncatingIfNeeded: key >> 1) & mask
            while true {
                let found = keys[index]
                if found == key { return values[index] }
                if found == 0 { return -1 }
                index = (index + 1) & mask
            }
        }
    }

    /// Sets the row of `key`.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var index = Int(truncatingIfNeeded: key >> 1) & mask
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        if keys[index] == 0 { count += 1 }
        keys[index] = key
        values[index] = value
    }

    /// Every key with its row, in key order.
    var sorted: [(key: UInt64, row: Int32)] {
        zip(keys, values).filter { $0.0 != 0 }.map { (key: $0.0, row: $0.1) }.sorted { $0.key < $1.key }
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        values = [Int32](repeating: -1, count: keys.count)
        mask = keys.count - 1
        count = 0
        for (key, value) in old { set(key, value) }
    }
}
