/// Word-at-a-time byte tests ("SWAR"), for the scans every written string goes through.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is zero (exact: no false positives).
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        // The classic test: (w - 0x01..) & ~w & 0x80.. is non-zero iff some byte is zero.
        (word &- ones) & ~word & highs != 0
    }

    /// Whether some byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        hasZeroByte(word ^ (ones &* UInt64(byte)))
    }

    /// Whether some byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByteBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether `match` holds for some byte of `bytes`; `word` screens eight bytes
    /// at a time and must be true whenever one of them may match.
    @inline(__always)
    static func contains(
        _ bytes: UnsafeBufferPointer<UInt8>, word: (UInt64) -> Bool, byte match: (Int) -> Bool
    ) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            if word(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                for offset in index..<index + 8 where match(offset) { return true }
            }
            index += 8
        }
        while index < bytes.count {
            if match(index) { return true }
            index += 1
        }
        return false
    }
}
