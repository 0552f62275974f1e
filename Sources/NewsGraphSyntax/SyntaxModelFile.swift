/// The sections of a model file, read in place.
///
/// Layout (little-endian): the magic `NGSYNTX1`, a `UInt32` section count and
/// a `UInt32` 0; then each section: a four-letter ASCII name, a `UInt32` 0, a
/// `UInt64` payload length, the payload, and zero bytes up to a multiple of 8.
/// Text sections (`TAGS`, `LABS`, `INFO`) are UTF-8 lines; weight tables
/// (`TAGW`, `PARW`) are laid out as ``WeightTableLayout`` says.
struct SyntaxModelFile {
    static let magic = Array("NGSYNTX1".utf8)
    private var sections: [String: UnsafeRawBufferPointer] = [:]

    init(_ base: UnsafeRawBufferPointer) throws(SyntaxModelError) {
        guard base.count >= 16, Array(base[0..<8]) == Self.magic else {
            throw SyntaxModelError("not a newsgraph syntax model (the file does not start with NGSYNTX1)")
        }
        guard Int(bitPattern: base.baseAddress) % 8 == 0 else {
            throw SyntaxModelError("the syntax model's bytes are not aligned to 8")
        }
        let count = Int(base.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        var offset = 16
        for _ in 0..<count {
            guard offset + 16 <= base.count else { throw SyntaxModelError("the syntax model is truncated") }
            let name = String(decoding: base[offset..<offset + 4], as: UTF8.self)
            let length = base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self).littleEndian
            offset += 16
            guard length <= UInt64(base.count - offset) else { throw SyntaxModelError("the syntax model's section \(name) is truncated") }
            sections[name] = UnsafeRawBufferPointer(rebasing: base[offset..<offset + Int(length)])
            offset += (Int(length) + 7) & ~7
        }
    }

    func section(_ name: String) throws(SyntaxModelError) -> UnsafeRawBufferPointer {
        guard let section = sections[name] else { throw SyntaxModelError("the syntax model has no \(name) section") }
        return section
    }

    func text(_ name: String) throws(SyntaxModelError) -> String {
        String(decoding: try section(name), as: UTF8.self)
    }

    func lines(_ name: String) throws(SyntaxModelError) -> [String] {
        try text(name).split(separator: "\n").map(String.init)
    }

    func wordClasses(_ name: String) throws(SyntaxModelError) -> WordClassTable {
        let bytes = try section(name)
        guard bytes.count >= 8, let base = bytes.baseAddress else { throw SyntaxModelError("the syntax model's \(name) table is truncated") }
        let capacity = Int(bytes.load(fromByteOffset: 0, as: UInt32.self).littleEndian)
        guard capacity > 0, capacity & (capacity - 1) == 0, 8 + capacity * 16 <= bytes.count else {
            throw SyntaxModelError("the syntax model's \(name) table does not fit its header")
        }
        return WordClassTable(slots: (base + 8).assumingMemoryBound(to: UInt64.self), capacity: capacity)
    }

    func table(_ name: String, classes: Int) throws(SyntaxModelError) -> WeightTable {
        let bytes = try section(name)
        guard bytes.count >= WeightTableLayout.headerSize, let base = bytes.baseAddress else {
            throw SyntaxModelError("the syntax model's \(name) table is truncated")
        }
        let capacity = Int(bytes.load(fromByteOffset: 0, as: UInt32.self).littleEndian)
        let classCount = Int(bytes.load(fromByteOffset: 4, as: UInt32.self).littleEndian)
        let pairCount = Int(bytes.load(fromByteOffset: 8, as: UInt32.self).littleEndian)
        let slotBytes = capacity * MemoryLayout<WeightTableLayout.Slot>.stride
        let pairBytes = pairCount * MemoryLayout<WeightTableLayout.Pair>.stride
        guard capacity > 0, capacity & (capacity - 1) == 0, classCount == classes,
            WeightTableLayout.headerSize + slotBytes + pairBytes <= bytes.count
        else {
            throw SyntaxModelError("the syntax model's \(name) table does not fit its header (\(classCount) classes, \(classes) expected)")
        }
        let slots = (base + WeightTableLayout.headerSize).assumingMemoryBound(to: WeightTableLayout.Slot.self)
        let pairs = (base + WeightTableLayout.headerSize + slotBytes).assumingMemoryBound(to: WeightTableLayout.Pair.self)
        guard pairCount == 0 || pairs[pairCount - 1].label & WeightTableLayout.lastFlag != 0 else {
            throw SyntaxModelError("the syntax model's \(name) table ends inside a row")
        }
        for index in 0..<capacity where slots[index].fingerprint != 0 && Int(slots[index].start) >= pairCount {
            throw SyntaxModelError("the syntax model's \(name) table points outside its weights")
        }
        for index in 0..<pairCount where Int(pairs[index].label & WeightTableLayout.labelMask) >= classCount {
            throw SyntaxModelError("the syntax model's \(name) table names a class that does not exist")
        }
        return WeightTable(slots: slots, capacity: capacity, pairs: pairs, classCount: classCount)
    }
}
