/// A run of scalars of a text, hashed and compared as raw memory: a cheap
/// dictionary key for "have I seen this sentence before".
struct ScalarRun: Hashable {
    let scalars: ArraySlice<Unicode.Scalar>

    static func == (lhs: ScalarRun, rhs: ScalarRun) -> Bool {
        lhs.scalars.count == rhs.scalars.count
            && lhs.scalars.withUnsafeBytes { a in rhs.scalars.withUnsafeBytes { b in a.elementsEqual(b) } }
    }

    func hash(into hasher: inout Hasher) {
        scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
