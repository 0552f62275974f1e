import NewsGraphFormats

/// Interns RDF terms as dense integer ids, from 1 (0 means "no term").
///
/// Terms are kept encoded back to back in one byte arena (a kind byte, the
/// datatype's id or the language tag, then the text), found through an
/// open-addressing table of ids. Millions of terms cost a few large arrays
/// rather than millions of strings: less memory, and freeing is instant.
public struct TermDictionary: Sendable {
    private var arena: [UInt8] = []
    /// `starts[id]` is where term `id` begins in the arena; one extra entry ends the last.
    private var starts: [Int] = [0, 0]
    /// The hash of each term, by id (index 0 unused).
    private var hashes: [UInt32] = [0]
    /// Open addressing, a power of two in size: hash << 32 | id (0 = empty),
    /// so most probes settle without touching the arena.
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)
    /// Reused for encoding the term being looked up.
    private var scratch: [UInt8] = []

    public init() {}

    /// How many terms are interned.
    public var count: Int { hashes.count - 1 }

    /// The id of `term`, adding it if new.
    public mutating func intern(_ term: RDFTerm) -> UInt32 {
        let datatype = TermEncoding.typedDatatype(term).map { intern(.iri($0)) } ?? 0
        var key = scratch
        scratch = []
        TermEncoding.encode(term, datatypeID: datatype, into: &key)
        defer { scratch = key }
        let hash = key.withUnsafeBufferPointer(TermEncoding.hash)
        if let found = key.withUnsafeBufferPointer({ find(hash, $0) }) { return found }
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        let id = UInt32(hashes.count)
        arena.append(contentsOf: key)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = UInt64(hash) << 32 | UInt64(id)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `term`, or nil if it was never interned.
    public func id(of term: RDFTerm) -> UInt32? {
        var datatype: UInt32 = 0
        if let iri = TermEncoding.typedDatatype(term) {
            guard let id = id(of: .iri(iri)) else { return nil }
            datatype = id
        }
        var key: [UInt8] = []
        TermEncoding.encode(term, datatypeID: datatype, into: &key)
        return key.withUnsafeBufferPointer { bytes in find(TermEncoding.hash(bytes), bytes) }
    }

    /// The id of the encoded term with `hash`, if interned.
    private func find(_ hash: UInt32, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var slot = Int(hash) & mask
            while table[slot] != 0 {
                let entry = table[slot]
                if UInt32(entry >> 32) == hash, equals(UInt32(truncatingIfNeeded: entry), bytes) {
                    return UInt32(truncatingIfNeeded: entry)
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// The term with `id`; `id` must come from this dictionary.
    public subscript(id: UInt32) -> RDFTerm {
        let index = Int(id)
        guard index > 0, index < hashes.count else { return .iri("") }
        return arena[starts[index]..<starts[index + 1]].withUnsafeBufferPointer { bytes in
            TermEncoding.decode(bytes) { self[$0] }
        }
    }

    private func equals(_ id: UInt32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[Int(id)]
        let end = starts[Int(id) + 1]
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            memcmpEqual(stored.baseAddress.map { $0 + start }, bytes.baseAddress, bytes.count)
        }
    }

    private func memcmpEqual(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard count > 0 else { return true }
        guard let a, let b else { return false }
        return UnsafeRawBufferPointer(start: a, count: count).elementsEqual(UnsafeRawBufferPointer(start: b, count: count))
    }

    /// Doubles the table and re-inserts every id by its stored hash.
    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 1..<hashes.count {
            var slot = Int(hashes[id]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = UInt64(hashes[id]) << 32 | UInt64(id)
        }
        slots = bigger
    }

    /// Makes room for about `count` more terms and `bytes` more arena bytes.
    mutating func reserve(terms count: Int, bytes: Int) {
        arena.reserveCapacity(arena.count + bytes)
        starts.reserveCapacity(starts.count + count)
        hashes.reserveCapacity(hashes.count + count)
    }
}
