/// Sorts id triples by (a, b, c) with a least-significant-digit radix sort:
/// six stable passes over 16-bit digits, skipping digits that never vary.
/// Linear in the number of triples; much faster than comparison sorting for
/// the millions of rows of a large graph.
enum RadixSort {
    static func sort(_ rows: inout [IDTriple]) {
        guard rows.count > 1 else { return }
        var scratch = [IDTriple](repeating: IDTriple(a: 0, b: 0, c: 0), count: rows.count)
        var inScratch = false
        for pass in 0..<6 {
            let moved: Bool = rows.withUnsafeMutableBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    inScratch ? scatter(target, into: source, pass) : scatter(source, into: target, pass)
                }
            }
            if moved { inScratch.toggle() }
        }
        if inScratch { rows = scratch }
    }

    /// The 16-bit digit of pass `pass`: c low, c high, b low, b high, a low, a high.
    @inline(__always) private static func digit(_ row: IDTriple, _ pass: Int) -> Int {
        let shift = UInt32((pass & 1) * 16)
        let word = pass < 2 ? row.c : (pass < 4 ? row.b : row.a)
        return Int((word >> shift) & 0xFFFF)
    }

    /// One counting pass from `source` into `target`; false (nothing moved)
    /// when every row has the same digit.
    private static func scatter(
        _ source: UnsafeMutableBufferPointer<IDTriple>, into target: UnsafeMutableBufferPointer<IDTriple>, _ pass: Int
    ) -> Bool {
        var counts = [Int](repeating: 0, count: 65_536)
        counts.withUnsafeMutableBufferPointer { counts in
            for row in source { counts[digit(row, pass)] += 1 }
        }
        if counts[digit(source[0], pass)] == source.count { return false }
        var offset = 0
        for value in 0..<65_536 {
            let count = counts[value]
            counts[value] = offset
            offset += count
        }
        counts.withUnsafeMutableBufferPointer { counts in
            for row in source {
                let value = digit(row, pass)
                target[counts[value]] = row
                counts[value] += 1
            }
        }
        return true
    }
}
