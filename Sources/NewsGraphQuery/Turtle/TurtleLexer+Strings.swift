extension TurtleLexer {
    /// `STRING_LITERAL_QUOTE`, `STRING_LITERAL_SINGLE_QUOTE` and their
    /// `LONG` forms (rules [22], [23], [24], [25]), escapes decoded.
    mutating func readString(quote: UInt8) throws -> String {
        let isLong = peek(1) == quote && peek(2) == quote
        if isLong {
            position += 3
        } else {
            position += 1
        }
        let start = position
        if let plain = try scanPlainString(quote: quote, isLong: isLong) {
            return String(decoding: bytes[start..<plain], as: UTF8.self)
        }
        position = start
        var out = [UInt8]()
        while true {
            guard let byte = peek() else { throw error("string not closed") }
            if byte == quote && (!isLong || (peek(1) == quote && peek(2) == quote)) {
                position += isLong ? 3 : 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try readStringEscape(into: &out)
            } else {
                guard isLong || (byte != 0x0A && byte != 0x0D) else {
                    throw error("a line break in a short string; use \\n or a \"\"\"long string\"\"\"", at: position)
                }
                out.append(byte)
                position += 1
            }
        }
    }

    /// Scans a string that holds no escape; returns where its text ends and
    /// moves past the closing quote, or nil (position undefined) if it has escapes.
    private mutating func scanPlainString(quote: UInt8, isLong: Bool) throws -> Int? {
        while let byte = peek() {
            if byte == UInt8(ascii: "\\") { return nil }
            if byte == quote {
                if !isLong {
                    position += 1
                    return position - 1
                }
                if peek(1) == quote && peek(2) == quote {
                    // The first three quotes close it (rule [24]: quotes inside are followed by other characters).
                    let end = position
                    position += 3
                    return end
                }
            } else if !isLong && (byte == 0x0A || byte == 0x0D) {
                throw error("a line break in a short string; use \\n or a \"\"\"long string\"\"\"", at: position)
            }
            position += 1
        }
        throw error("string not closed")
    }

    /// `ECHAR` (rule [159s]) or `UCHAR` (rule [26]) in a string.
    private mutating func readStringEscape(into out: inout [UInt8]) throws {
        guard let code = peek(1) else { throw error("unfinished escape", at: position) }
        let simple: UInt8? =
            switch code {
            case UInt8(ascii: "t"): 0x09
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): code
            default: nil
            }
        if let simple {
            out.append(simple)
            position += 2
            return
        }
        guard code == UInt8(ascii: "u") || code == UInt8(ascii: "U") else {
            throw error("unknown escape '\\\(UnicodeScalar(code))' in a string", at: position)
        }
        position += 1
        let scalar = try readCodePointEscape()
        out.append(contentsOf: Array(String(scalar).utf8))
    }
}
