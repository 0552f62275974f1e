import NewsGraphSyntax

/// Lays out a weight table section as ``WeightTableLayout`` describes.
enum WeightTableWriter {
    /// `rows` must be sorted by key, so that the same weights give the same bytes. A table at most half
    /// full keeps probes short; fingerprints of 32 bits make a false match on a missing key about one in
    /// four billion.
    static func section(rows: [(key: UInt64, pairs: [WeightTableLayout.Pair])], classCount: Int) -> [UInt8] {
        var capacity = 1
        while capacity < rows.count * 2 { capacity <<= 1 }
        var slots = [WeightTableLayout.Slot](repeating: .init(fingerprint: 0, start: 0), count: capacity)
        var pairs: [WeightTableLayout.Pair] = []
        for row in rows where !row.pairs.isEmpty {
            var index = WeightTableLayout.home(row.key, mask: capacity - 1)
            while slots[index].fingerprint != 0 { index = (index + 1) & (capacity - 1) }
            slots[index] = .init(fingerprint: WeightTableLayout.fingerprint(row.key), start: UInt32(pairs.count))
            pairs += row.pairs
            pairs[pairs.count - 1].label |= WeightTableLayout.lastFlag
        }
        var bytes: [UInt8] = []
        for value in [UInt32(capacity), UInt32(classCount), UInt32(pairs.count), 0] { bytes.append(littleEndian: value) }
        for slot in slots {
            bytes.append(littleEndian: slot.fingerprint)
            bytes.append(littleEndian: slot.start)
        }
        for pair in pairs {
            bytes.append(littleEndian: pair.label)
            bytes.append(littleEndian: pair.weight)
        }
        while bytes.count % 8 != 0 { bytes.append(0) }
        return bytes
    }
}

extension [UInt8] {
    mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
