/// Join, left join and MINUS of solution tables (SPARQL 1.1, 18.5), hashing
/// on the variables both sides always bind.
enum SolutionJoin {
    static func join(_ left: SolutionTable, _ right: SolutionTable) -> SolutionTable {
        var out = SolutionTable(width: left.width)
        forEachCompatible(left, right) { l, r in
            out.append(merge(left.row(l), right.row(r)))
        }
        return out
    }

    /// Keeps each left row merged with every compatible right row that
    /// satisfies `condition`, or alone when there is none.
    static func leftJoin(
        _ left: SolutionTable, _ right: SolutionTable, condition: (ArraySlice<UInt32>) -> Bool
    ) -> SolutionTable {
        var out = SolutionTable(width: left.width)
        var matched = false
        forEachCompatible(left, right) { l, r in
            let merged = merge(left.row(l), right.row(r))
            if condition(merged[...]) {
                out.append(merged)
                matched = true
            }
        } finished: { l in
            if !matched { out.append(left.row(l)) }
            matched = false
        }
        return out
    }

    /// The left rows with no compatible right row sharing a bound variable.
    static func minus(_ left: SolutionTable, _ right: SolutionTable) -> SolutionTable {
        var keep: [Int] = []
        for l in 0..<left.count {
            let row = left.row(l)
            let removed = (0..<right.count).contains { r in
                let other = right.row(r)
                var shares = false
                for slot in 0..<left.width {
                    let a = row[row.startIndex + slot]
                    let b = other[other.startIndex + slot]
                    if a != 0 && b != 0 {
                        if a != b { return false }
                        shares = true
                    }
                }
                return shares
            }
            if !removed { keep.append(l) }
        }
        return left.selecting(keep)
    }

    static func merge(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> [UInt32] {
        var out = Array(a)
        for (offset, value) in b.enumerated() where value != 0 { out[offset] = value }
        return out
    }

    static func compatible(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Bool {
        for (x, y) in zip(a, b) where x != 0 && y != 0 && x != y { return false }
        return true
    }

    /// Calls `body` for each compatible (left, right) pair, grouped by left
    /// row in order; `finished` after each left row.
    private static func forEachCompatible(
        _ left: SolutionTable, _ right: SolutionTable, _ body: (Int, Int) -> Void,
        finished: (Int) -> Void = { _ in }
    ) {
        let keys = Array(left.alwaysBound.intersection(right.alwaysBound)).sorted()
        var buckets: [[UInt32]: [Int]] = [:]
        if !keys.isEmpty {
            for r in 0..<right.count { buckets[keys.map { right[r, $0] }, default: []].append(r) }
        }
        let everyRight = Array(0..<right.count)
        for l in 0..<left.count {
            let candidates = keys.isEmpty ? everyRight : (buckets[keys.map { left[l, $0] }] ?? [])
            let row = left.row(l)
            for r in candidates where compatible(row, right.row(r)) { body(l, r) }
            finished(l)
        }
    }
}
