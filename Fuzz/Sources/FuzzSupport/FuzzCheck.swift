#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Properties a fuzz target asserts beyond "no crash".
///
/// A failed check prints what went wrong and aborts: libFuzzer then reports
/// the input as a crash and saves it, like a memory error.
public enum FuzzCheck {
    /// Stops the run with `message` unless `condition` holds.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        fail(message())
    }

    /// Stops the run with `message`.
    public static func fail(_ message: String) -> Never {
        let line = Array("fuzz check failed: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }

    /// The bytes libFuzzer hands to a target.
    public static func bytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let start, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: start, count: count))
    }
}
