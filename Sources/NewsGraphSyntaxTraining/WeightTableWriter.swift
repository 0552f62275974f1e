import NewsGraphSyntax

/// Lays out a weight table section as ``WeightTableLayout`` describes.
enum WeightTableWriter {
    /// `rows` must be sorted by key, so that the same weights give the same bytes.
    static func section(rows: [(key: UInt64, pairs: [WeightTableLayout.Pair])], classCount: Int) -> [UInt8] {
        var capacity = 1
        while capacity < rows.count * 2 { capacity <<= 1 }
        var slots = [WeightTableLayout.Slot](repeating: .init(key: 0, start: 0, count: 0), count: capacity)
        var pairs: [WeightTableLayout.Pair] = []
        for row in rows {
            var index = Int(truncatingIfNeeded: row.key) & (capacity - 1)
            while slots[index].key != 0 { index = (index + 1) & (capacity - 1) }
            slots[index] = .init(key: row.key, start: UInt32(pairs.count), count: UInt32(row.pairs.count))
            pairs += row.pairs
        }
        var bytes: [UInt8] = []
        for value in [UInt32(capacity), UInt32(classCount), UInt32(pairs.count), 0] { bytes.append(littleEndian: value) }
        for slot in slots {
            bytes.append(littleEndian: slot.key)
            bytes.append(littleEndian: slot.start)
            bytes.append(littleEndian: slot.count)
        }
        for pair in pairs {
            bytes.append(littleEndian: pair.label)
            bytes.append(littleEndian: pair.weight.bitPattern)
        }
        return bytes
    }
}

extension [UInt8] {
    mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
