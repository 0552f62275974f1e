/// A multiset of solutions: rows of term ids, one column per variable slot,
/// 0 for unbound. Stored flat for speed.
struct SolutionTable {
    let width: Int
    private(set) var values: [UInt32] = []
    private(set) var count = 0

    init(width: Int) {
        self.width = max(width, 1)
    }

    /// The table with one solution that binds nothing.
    static func unit(width: Int) -> SolutionTable {
        var table = SolutionTable(width: width)
        table.append(Array(repeating: 0, count: max(width, 1)))
        return table
    }

    var isEmpty: Bool { count == 0 }

    func row(_ index: Int) -> ArraySlice<UInt32> {
        values[index * width..<(index + 1) * width]
    }

    subscript(row: Int, slot: Int) -> UInt32 { values[row * width + slot] }

    mutating func append<C: Collection>(_ row: C) where C.Element == UInt32 {
        values.append(contentsOf: row)
        count += 1
    }

    mutating func append(contentsOf other: SolutionTable) {
        values.append(contentsOf: other.values)
        count += other.count
    }

    /// The slots bound in every row (all slots for an empty table).
    var alwaysBound: Set<Int> {
        Set((0..<width).filter { slot in (0..<count).allSatisfy { self[$0, slot] != 0 } })
    }

    /// The slots bound in some row.
    var sometimesBound: Set<Int> {
        Set((0..<width).filter { slot in (0..<count).contains { self[$0, slot] != 0 } })
    }

    /// Whether the table is the unit table (one row, nothing bound).
    var isUnit: Bool { count == 1 && values.allSatisfy { $0 == 0 } }

    /// The rows at `indices`, in that order.
    func selecting(_ indices: some Sequence<Int>) -> SolutionTable {
        var out = SolutionTable(width: width)
        for index in indices { out.append(row(index)) }
        return out
    }
}
