/// Deterministic 64-bit hashing for feature keys.
///
/// Swift's `Hasher` is seeded per process, so it cannot name a feature in a
/// model file; these functions give the same value on every run and machine.
enum FeatureHash {
    /// FNV-1a over bytes, with a final mix so that short strings spread well.
    @inline(__always)
    static func bytes<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        return mix(h)
    }

    /// The SplitMix64 finalizer.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The key of a feature: a template number and up to three atoms. Never 0.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = mix(template &* 0x9e37_79b9_7f4a_7c15 ^ a)
        h = mix(h ^ b &* 0xc2b2_ae3d_27d4_eb4f)
        h = mix(h ^ c &* 0x1656_67b1_9e37_79f9)
        return h | 1
    }
}
