/// Reading strings, numbers, booleans and null (RFC 8259 sections 3, 6 and 7).
extension JSONParser {
    mutating func readBool() throws -> Bool {
        skipWhitespace()
        if matches("true") { return true }
        if matches("false") { return false }
        throw error("expected true or false, found \(describeNext())")
    }

    /// Reads `null`; true if it was there (and nothing was read otherwise).
    mutating func readNull() -> Bool {
        skipWhitespace()
        return matches("null")
    }

    private mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let equal = word.withUTF8Buffer { word in (0..<count).allSatisfy { bytes[offset + $0] == word[$0] } }
        if equal { offset += count }
        return equal
    }

    /// Reads a number and returns its text as written (`-1.5e3`).
    mutating func readNumberText() throws -> String {
        let range = try scanNumber()
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// Reads a number that must be an integer in the range of `Int`.
    mutating func readInt() throws -> Int {
        let start = offset
        let range = try scanNumber()
        var value = 0
        var index = range.lowerBound
        let negative = bytes[index] == 0x2D
        if negative { index += 1 }
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte >= 0x30 && byte <= 0x39 else {
                offset = start
                throw error("expected an integer, found \(String(decoding: bytes[range], as: UTF8.self))")
            }
            let digit = Int(byte - 0x30)
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflow1 && !overflow2 else {
                offset = start
                throw error("the integer \(String(decoding: bytes[range], as: UTF8.self)) is too large")
            }
            value = sum
            index += 1
        }
        return value
    }

    /// The bytes of the number that comes next:
    /// `-? (0 | [1-9][0-9]*) ("." [0-9]+)? ([eE] [+-]? [0-9]+)?` (RFC 8259 section 6).
    mutating func scanNumber() throws -> Range<Int> {
        skipWhitespace()
        let start = offset
        if peek() == 0x2D { offset += 1 }
        if peek() == 0x30 {
            offset += 1
        } else {
            guard try digits() > 0 else { throw error("expected a number, found \(describeNext())") }
        }
        if peek() == 0x2E {
            offset += 1
            guard try digits() > 0 else { throw error("expected a digit after the decimal point") }
        }
        if peek() == 0x65 || peek() == 0x45 {
            offset += 1
            if peek() == 0x2B || peek() == 0x2D { offset += 1 }
            guard try digits() > 0 else { throw error("expected a digit in the exponent") }
        }
        return start..<offset
    }

    private mutating func digits() throws -> Int {
        let start = offset
        while let byte = peek(), byte >= 0x30 && byte <= 0x39 { offset += 1 }
        return offset - start
    }

    /// Reads a string; invalid UTF-8 and lone surrogate escapes become U+FFFD.
    mutating func readString() throws -> String {
        skipWhitespace()
        guard peek() == 0x22 else { throw error("expected a string, found \(describeNext())") }
        let quote = offset
        offset += 1
        let start = offset
        // Fast path: no escapes.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x22 {
                offset += 1
                try checkStringLength(from: quote)
                return String(decoding: bytes[start..<(offset - 1)], as: UTF8.self)
            }
            if byte == 0x5C { break }
            if byte < 0x20 { throw error("a control character (U+00\(hex2(byte))) must be escaped in a string") }
            offset += 1
        }
        guard offset < bytes.count else {
            offset = quote
            throw error("the string that starts here is not closed: the file ends inside it")
        }
        var decoded = Array(bytes[start..<offset])
        try readEscapedRest(into: &decoded, quote: quote)
        try checkStringLength(from: quote)
        return String(decoding: decoded, as: UTF8.self)
    }

    /// An error at the opening quote when the string just read is longer than
    /// ``JSONGraphReader/maximumStringLength`` bytes as written.
    private mutating func checkStringLength(from quote: Int) throws {
        let length = offset - quote - 2
        guard length > JSONGraphReader.maximumStringLength else { return }
        offset = quote
        throw error("a string of \(length) bytes is longer than the limit of \(JSONGraphReader.maximumStringLength)")
    }

    /// Continues a string after its first escape, up to and past the closing quote.
    private mutating func readEscapedRest(into out: inout [UInt8], quote: Int) throws {
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case 0x22:
                offset += 1
                return
            case 0x5C:
                try readEscape(into: &out)
            case 0x00..<0x20:
                throw error("a control character (U+00\(hex2(byte))) must be escaped in a string")
            default:
                out.append(byte)
                offset += 1
            }
        }
        offset = quote
        throw error("the string that starts here is not closed: the file ends inside it")
    }

    private mutating func readEscape(into out: inout [UInt8]) throws {
        offset += 1
        guard let byte = peek() else { throw error("the file ends inside an escape") }
        offset += 1
        switch byte {
        case 0x22, 0x5C, 0x2F: out.append(byte)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x75: try readUnicodeEscape(into: &out)
        default:
            offset -= 2
            throw error("unknown escape '\\\(String(decoding: [byte], as: UTF8.self))' in a string")
        }
    }

    /// `\uXXXX`, with a following `\uXXXX` when the first is a high surrogate.
    private mutating func readUnicodeEscape(into out: inout [UInt8]) throws {
        var value = try hex4()
        if (0xD800..<0xDC00).contains(value), offset + 1 < bytes.count, bytes[offset] == 0x5C, bytes[offset + 1] == 0x75 {
            let save = offset
            offset += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else {
                offset = save
            }
        }
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw error("expected four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }
}
