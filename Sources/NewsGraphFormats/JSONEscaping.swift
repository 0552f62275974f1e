/// String escaping for JSON (RFC 8259, section 7), on UTF-8 bytes.
enum JSONEscaping {
    /// Appends `text` as the inside of a JSON string (without the quotes):
    /// `"` and `\` escaped, the controls with a short form as `\b \f \n \r \t`,
    /// the other controls below U+0020 (NUL included) as `\u00xx`; everything
    /// else, `/` and non-ASCII included, as raw UTF-8.
    ///
    ///     "a\"b\u{1}"  →  a\"b\u0001   (as written in the file)
    static func appendStringContent(_ text: String, to out: inout [UInt8]) {
        TurtleEscaping.appendEscaped(text, to: &out, needsEscape: needsEscape) { byte, out in
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x08: out.append(contentsOf: [0x5C, 0x62])
            case 0x0C: out.append(contentsOf: [0x5C, 0x66])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            default: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, lowerHex(byte >> 4), lowerHex(byte & 0xF)])
            }
        }
    }

    /// Whether RFC 8259 requires an escape: `"`, `\` and U+0000 to U+001F.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

    @inline(__always)
    private static func lowerHex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10 }
}
