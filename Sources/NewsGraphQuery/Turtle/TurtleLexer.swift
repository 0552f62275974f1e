/// Splits Turtle 1.1 text (UTF-8 bytes) into tokens, decoding escapes.
///
/// Terminals follow https://www.w3.org/TR/turtle/#terminals; the rule numbers
/// in comments are the grammar's.
struct TurtleLexer {
    let bytes: [UInt8]
    var position = 0
    /// The byte offset where the last token returned by ``next()`` starts.
    private(set) var tokenStart = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    func error(_ message: String, at offset: Int? = nil) -> TurtleError {
        let (line, column) = lineAndColumn(of: offset ?? tokenStart, in: bytes)
        return TurtleError(message, line: line, column: column)
    }

    func peek(_ ahead: Int = 0) -> UInt8? {
        let index = position + ahead
        return index < bytes.count ? bytes[index] : nil
    }

    /// The next token; `.end` at the end of the input.
    ///
    /// - Throws: ``TurtleError`` for a malformed token, or one longer than
    ///   ``TurtleParser/maximumTokenLength`` bytes.
    mutating func next() throws -> TurtleToken {
        let token = try nextToken()
        guard position - tokenStart <= TurtleParser.maximumTokenLength else {
            throw error("a token of \(position - tokenStart) bytes is longer than the limit of \(TurtleParser.maximumTokenLength)")
        }
        return token
    }

    private mutating func nextToken() throws -> TurtleToken {
        skipSpaceAndComments()
        tokenStart = position
        guard let byte = peek() else { return .end }
        switch byte {
        case UInt8(ascii: "<"): return .iri(try readIRI())
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return .string(try readString(quote: byte))
        case UInt8(ascii: "@"): return .languageTag(try readLanguageTag())
        case UInt8(ascii: "_") where peek(1) == UInt8(ascii: ":"): return .blankNode(try readBlankNodeLabel())
        case UInt8(ascii: "^"):
            guard peek(1) == UInt8(ascii: "^") else { throw error("expected '^^' before a datatype") }
            position += 2
            return .punctuation(byte)
        case UInt8(ascii: "."):
            if let next = peek(1), TurtleCharacters.isDigit(next) { return try readNumber() }
            position += 1
            return .punctuation(byte)
        case UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("),
            UInt8(ascii: ")"):
            position += 1
            return .punctuation(byte)
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: return try readName()
        }
    }

    /// Skips `WS` (rule [161s]) and comments.
    private mutating func skipSpaceAndComments() {
        while let byte = peek() {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                position += 1
            } else if byte == UInt8(ascii: "#") {
                while let b = peek(), b != 0x0A, b != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// Decodes the UTF-8 scalar at `position`: its value and byte length.
    func scalar(at index: Int) throws -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
        default: throw error("invalid UTF-8 byte 0x\(String(lead, radix: 16))", at: index)
        }
        guard index + length <= bytes.count else { throw error("truncated UTF-8 sequence", at: index) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { throw error("invalid UTF-8 sequence", at: index) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }

    /// `UCHAR` (rule [26]) after the backslash: `uXXXX` or `UXXXXXXXX`.
    mutating func readCodePointEscape() throws -> Unicode.Scalar {
        guard let marker = peek() else { throw error("unfinished escape", at: position) }
        let digits = marker == UInt8(ascii: "u") ? 4 : 8
        var value: UInt32 = 0
        for offset in 1...digits {
            guard let byte = peek(offset), TurtleCharacters.isHex(byte) else {
                throw error("\\\(UnicodeScalar(marker)) needs \(digits) hex digits", at: position - 1)
            }
            value = value << 4 | TurtleCharacters.hexValue(byte)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("escape \\\(UnicodeScalar(marker)) gives no Unicode scalar", at: position - 1)
        }
        position += digits + 1
        return scalar
    }

    /// `IRIREF` (rule [18]): `<` (allowed characters | `UCHAR`)* `>`.
    private mutating func readIRI() throws -> String {
        position += 1
        let start = position
        var plain = true
        while let byte = peek(), byte != UInt8(ascii: ">") {
            if byte == UInt8(ascii: "\\") { plain = false }
            if byte < 0x80 && byte != UInt8(ascii: "\\") && TurtleCharacters.isForbiddenInIRI(UInt32(byte)) {
                throw error("character \(describe(byte)) is not allowed in an IRI", at: position)
            }
            position += 1
        }
        guard peek() != nil else { throw error("IRI not closed with '>'") }
        if plain {
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            position += 1
            return text
        }
        position = start
        var scalars = String.UnicodeScalarView()
        while let byte = peek(), byte != UInt8(ascii: ">") {
            if byte == UInt8(ascii: "\\") {
                guard peek(1) == UInt8(ascii: "u") || peek(1) == UInt8(ascii: "U") else {
                    throw error("only \\u and \\U escapes are allowed in an IRI", at: position)
                }
                position += 1
                let scalar = try readCodePointEscape()
                guard !TurtleCharacters.isForbiddenInIRI(scalar.value) else {
                    throw error("escaped character U+\(String(scalar.value, radix: 16)) is not allowed in an IRI")
                }
                scalars.append(scalar)
            } else {
                let (value, length) = try scalar(at: position)
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                position += length
            }
        }
        position += 1
        return String(scalars)
    }

    private func describe(_ byte: UInt8) -> String {
        byte > 0x20 && byte < 0x7F ? "'\(UnicodeScalar(byte))'" : "U+\(String(byte, radix: 16, uppercase: true))"
    }

    /// `LANGTAG` (rule [144s]): `@` [a-zA-Z]+ (`-` [a-zA-Z0-9]+)*.
    private mutating func readLanguageTag() throws -> String {
        position += 1
        let start = position
        while let byte = peek(), TurtleCharacters.isLetter(byte) { position += 1 }
        guard position > start else { throw error("expected a language tag or directive after '@'") }
        while peek() == UInt8(ascii: "-"), let next = peek(1),
            TurtleCharacters.isLetter(next) || TurtleCharacters.isDigit(next)
        {
            position += 1
            while let byte = peek(), TurtleCharacters.isLetter(byte) || TurtleCharacters.isDigit(byte) {
                position += 1
            }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// `BLANK_NODE_LABEL` (rule [141s]).
    private mutating func readBlankNodeLabel() throws -> String {
        position += 2
        let start = position
        guard position < bytes.count else { throw error("expected a blank node label after '_:'") }
        let (first, firstLength) = try scalar(at: position)
        guard TurtleCharacters.isBaseOrUnderscore(first) || (first >= 0x30 && first <= 0x39) else {
            throw error("a blank node label cannot start with this character", at: position)
        }
        position += firstLength
        try skipNameCharactersAndDots()
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// `INTEGER`, `DECIMAL` and `DOUBLE` (rules [19]–[21]).
    private mutating func readNumber() throws -> TurtleToken {
        let start = position
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
        let integerDigits = skipDigits()
        var isDecimal = false
        if peek() == UInt8(ascii: "."), let next = peek(1) {
            if TurtleCharacters.isDigit(next) {
                position += 1
                _ = skipDigits()
                isDecimal = true
            } else if integerDigits > 0 && (next == UInt8(ascii: "e") || next == UInt8(ascii: "E")) && exponentFollows(at: position + 1) {
                position += 1
                isDecimal = true
            }
        }
        guard integerDigits > 0 || isDecimal else { throw error("expected a number") }
        if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            guard exponentFollows(at: position) else { throw error("expected digits in the exponent", at: position) }
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            _ = skipDigits()
            return .double(String(decoding: bytes[start..<position], as: UTF8.self))
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return isDecimal ? .decimal(text) : .integer(text)
    }

    private func exponentFollows(at index: Int) -> Bool {
        var at = index + 1
        if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
        return at < bytes.count && TurtleCharacters.isDigit(bytes[at])
    }

    private mutating func skipDigits() -> Int {
        let start = position
        while let byte = peek(), TurtleCharacters.isDigit(byte) { position += 1 }
        return position - start
    }
}
