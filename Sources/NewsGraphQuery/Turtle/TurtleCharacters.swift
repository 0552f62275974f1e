/// Character classes of the Turtle 1.1 grammar, over Unicode scalar values.
enum TurtleCharacters {
    @inline(__always) static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    /// `PN_CHARS` for an ASCII byte (below 0x80), by table.
    @inline(__always) static func isASCIINameChar(_ byte: UInt8) -> Bool {
        isASCIILetter(UInt32(byte)) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x2D
    }

    /// `PN_CHARS_BASE` (Turtle grammar rule [163s]).
    static func isBase(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIILetter(c) }
        return switch c {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
            0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
            0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// `PN_CHARS_U` (rule [164s]): `PN_CHARS_BASE | '_'`.
    static func isBaseOrUnderscore(_ c: UInt32) -> Bool { c == 0x5F || isBase(c) }

    /// `PN_CHARS` (rule [166s]).
    static func isNameChar(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIINameChar(UInt8(c)) }
        return switch c {
        case 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isBaseOrUnderscore(c)
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }

    /// The value of a hex digit; the caller checked ``isHex(_:)``.
    static func hexValue(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        default: UInt32(byte &- 0x61 &+ 10)
        }
    }

    /// `PN_LOCAL_ESC` (rule [172s]): the characters a backslash may escape in a local name.
    static func isLocalEscapable(_ byte: UInt8) -> Bool {
        "_~.-!$&'()*+,;=/?#@%".utf8.contains(byte)
    }

    /// Characters an `IRIREF` may not hold (rule [18]): controls, space, `<>"{}|^`\`.
    static func isForbiddenInIRI(_ c: UInt32) -> Bool {
        c <= 0x20 || c == 0x3C || c == 0x3E || c == 0x22 || c == 0x7B || c == 0x7D || c == 0x7C || c == 0x5E
            || c == 0x60 || c == 0x5C
    }
}
