/// A pull parser for JSON text (RFC 8259) over UTF-8 bytes.
///
/// The caller walks the document: ``forEachMember(_:)`` over an object,
/// ``forEachElement(_:)`` over an array, ``readString()``, ``readInt()`` …
/// for scalars, ``skipValue()`` for what it does not need. Nothing is built
/// that the caller does not ask for, so large files read fast. Nesting
/// deeper than ``maximumDepth`` is an error, not a stack overflow; any input,
/// however broken, gives a ``JSONParseError`` with its byte offset.
struct JSONParser {
    /// What a value is, judged from its first byte.
    enum Kind: Equatable {
        case object, array, string, number, bool, null
    }

    let bytes: [UInt8]
    /// The offset of the next unread byte (moved only by the parser's own methods).
    var offset = 0
    /// The offset of the name of the member being read (its opening quote),
    /// for errors about the member; read it first thing in the body.
    private(set) var memberOffset = 0
    /// How many objects and arrays are open.
    private(set) var depth = 0
    let maximumDepth: Int

    init(_ bytes: [UInt8], maximumDepth: Int = 512) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    // MARK: structure

    /// Calls `body` with each key of the object that comes next; `body` must
    /// read (or skip) the member's value.
    mutating func forEachMember(_ body: (inout JSONParser, String) throws -> Void) throws {
        try open(0x7B, "an object ('{')")
        defer { depth -= 1 }
        skipWhitespace()
        if peek() == 0x7D {
            offset += 1
            return
        }
        while true {
            skipWhitespace()
            guard peek() == 0x22 else { throw error("expected a member name in double quotes") }
            memberOffset = offset
            let key = try readString()
            skipWhitespace()
            guard peek() == 0x3A else { throw error("expected ':' after the member name") }
            offset += 1
            try body(&self, key)
            skipWhitespace()
            switch peek() {
            case 0x2C: offset += 1
            case 0x7D:
                offset += 1
                return
            default: throw error("expected ',' or '}' in the object")
            }
        }
    }

    /// Calls `body` with the index of each element of the array that comes
    /// next; `body` must read (or skip) the element.
    mutating func forEachElement(_ body: (inout JSONParser, Int) throws -> Void) throws {
        try open(0x5B, "an array ('[')")
        defer { depth -= 1 }
        skipWhitespace()
        if peek() == 0x5D {
            offset += 1
            return
        }
        var index = 0
        while true {
            try body(&self, index)
            index += 1
            skipWhitespace()
            switch peek() {
            case 0x2C: offset += 1
            case 0x5D:
                offset += 1
                return
            default: throw error("expected ',' or ']' in the array")
            }
        }
    }

    private mutating func open(_ byte: UInt8, _ what: String) throws {
        skipWhitespace()
        guard peek() == byte else { throw error("expected \(what), found \(describeNext())") }
        guard depth < maximumDepth else { throw error("the document nests deeper than \(maximumDepth) levels") }
        depth += 1
        offset += 1
    }

    /// The kind of the value that comes next.
    mutating func peekKind() throws -> Kind {
        skipWhitespace()
        guard let byte = peek() else { throw error("expected a value, found the end of the file") }
        switch byte {
        case 0x7B: return .object
        case 0x5B: return .array
        case 0x22: return .string
        case 0x74, 0x66: return .bool
        case 0x6E: return .null
        case 0x2D, 0x30...0x39: return .number
        default: throw error("expected a value, found \(describeNext())")
        }
    }

    /// Checks that only white space follows the document's value.
    mutating func finish() throws {
        skipWhitespace()
        guard offset == bytes.count else { throw error("unexpected \(describeNext()) after the end of the JSON value") }
    }

    // MARK: bytes

    @inline(__always)
    func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    @inline(__always)
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    func describeNext() -> String {
        guard let byte = peek() else { return "the end of the file" }
        if byte >= 0x21 && byte < 0x7F { return "'\(String(decoding: [byte], as: UTF8.self))'" }
        return "byte 0x\(hex2(byte))"
    }

    func hex2(_ byte: UInt8) -> String {
        String(decoding: [TurtleEscaping.hexDigit(byte >> 4), TurtleEscaping.hexDigit(byte & 0xF)], as: UTF8.self)
    }

    /// An error at the current offset.
    func error(_ message: String) -> JSONParseError { JSONParseError(offset: offset, message: message) }
}

/// Malformed JSON at a byte offset.
struct JSONParseError: Error {
    var offset: Int
    var message: String
}
