/// Builds strings from scalar slices without going through
/// `String.UnicodeScalarView.append`, which is slow per scalar.
enum ScalarText {
    /// The scalars of `text`, decoded from its UTF-8 in one pass.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var copy = text
        return copy.withUTF8 { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0, k = 0
                let n = b.count
                while i < n {
                    let lead = UInt32(b[i])
                    var value: UInt32
                    if lead < 0x80 {
                        value = lead
                        i += 1
                    } else if lead < 0xE0, i + 1 < n {
                        value = (lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0, i + 2 < n {
                        value = (lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                        i += 3
                    } else if i + 3 < n {
                        value = (lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                            | UInt32(b[i + 3] & 0x3F)
                        i += 4
                    } else {
                        value = 0xFFFD
                        i = n
                    }
                    out[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    k += 1
                }
                count = k
            }
        }
    }

    /// The string made of `scalars`, written as UTF-8 in one allocation
    /// (none for strings of up to 15 bytes).
    @inline(__always) static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var k = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: v)
                    k += 1
                } else if v < 0x800 {
                    buffer[k] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k += 2
                } else if v < 0x10000 {
                    buffer[k] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                    buffer[k + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k += 3
                } else {
                    buffer[k] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
                    buffer[k + 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                    buffer[k + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k += 4
                }
            }
            return k
        }
    }
}
