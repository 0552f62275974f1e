/// A triple of term ids in the order of one index (SPO, POS or OSP).
struct IDTriple: Hashable, Comparable, Sendable {
    var a: UInt32
    var b: UInt32
    var c: UInt32

    @inline(__always) static func < (lhs: IDTriple, rhs: IDTriple) -> Bool {
        if lhs.a != rhs.a { return lhs.a < rhs.a }
        if lhs.b != rhs.b { return lhs.b < rhs.b }
        return lhs.c < rhs.c
    }
}
