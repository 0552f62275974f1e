/// One sorted permutation of a store's triples, searched by key prefix.
struct TripleIndex: Sendable {
    /// Sorted, without duplicates.
    let rows: [IDTriple]

    /// Sorts `rows` and drops duplicates.
    init(sorting rows: [IDTriple]) {
        var sorted = rows
        RadixSort.sort(&sorted)
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        self.rows = sorted
    }

    /// The rows whose first key is `a` (and second `b`, third `c` when given).
    func range(_ a: UInt32, _ b: UInt32? = nil, _ c: UInt32? = nil) -> Range<Int> {
        let low = IDTriple(a: a, b: b ?? 0, c: c ?? 0)
        let high: IDTriple
        if let b, let c {
            high = IDTriple(a: a, b: b, c: c)
        } else if let b {
            high = IDTriple(a: a, b: b, c: .max)
        } else {
            high = IDTriple(a: a, b: .max, c: .max)
        }
        let start = lowerBound { $0 < low }
        let end = lowerBound { $0 <= high }
        return start..<max(start, end)
    }

    /// The first position where `isBefore` turns false (rows are partitioned by it).
    private func lowerBound(_ isBefore: (IDTriple) -> Bool) -> Int {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(rows[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
