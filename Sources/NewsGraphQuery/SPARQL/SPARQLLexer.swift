/// Splits a SPARQL query into tokens. IRIs, prefixed names, strings,
/// numbers and blank node labels share their terminals with Turtle and are
/// read by a ``TurtleLexer``.
struct SPARQLLexer {
    private var inner: TurtleLexer
    /// Byte offset of the last token's start.
    private(set) var tokenStart = 0

    init(_ text: String) {
        inner = TurtleLexer(Array(text.utf8))
    }

    private var bytes: [UInt8] { inner.bytes }

    func error(_ message: String, at offset: Int? = nil) -> SPARQLError {
        let (line, column) = lineAndColumn(of: offset ?? tokenStart, in: bytes)
        return SPARQLError(message, line: line, column: column)
    }

    mutating func next() throws -> SPARQLToken {
        skipSpaceAndComments()
        tokenStart = inner.position
        guard let byte = inner.peek() else { return .end }
        do {
            return try read(byte)
        } catch let error as TurtleError {
            throw SPARQLError(error.message, line: error.line, column: error.column)
        }
    }

    private mutating func read(_ byte: UInt8) throws -> SPARQLToken {
        switch byte {
        case UInt8(ascii: "?"), UInt8(ascii: "$"): return .variable(try readVariable())
        case UInt8(ascii: "<"):
            if isIRIAhead() { return convert(try inner.next()) }
            return symbol(inner.peek(1) == UInt8(ascii: "=") ? "<=" : "<")
        case UInt8(ascii: ">"): return symbol(inner.peek(1) == UInt8(ascii: "=") ? ">=" : ">")
        case UInt8(ascii: "!"): return symbol(inner.peek(1) == UInt8(ascii: "=") ? "!=" : "!")
        case UInt8(ascii: "&"):
            guard inner.peek(1) == UInt8(ascii: "&") else { throw error("expected '&&'") }
            return symbol("&&")
        case UInt8(ascii: "|"): return symbol(inner.peek(1) == UInt8(ascii: "|") ? "||" : "|")
        case UInt8(ascii: "^"):
            guard inner.peek(1) == UInt8(ascii: "^") else { throw error("expected '^^'") }
            return symbol("^^")
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "="),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ";"):
            return symbol(String(UnicodeScalar(byte)))
        case UInt8(ascii: "."):
            if let next = inner.peek(1), TurtleCharacters.isDigit(next) { return convert(try inner.next()) }
            return symbol(".")
        default:
            let token = convert(try inner.next())
            if case .word(let word) = token, word != "a", word != "true", word != "false" {
                return .word(word.uppercased())
            }
            return token
        }
    }

    private mutating func symbol(_ text: String) -> SPARQLToken {
        inner.position += text.utf8.count
        return .symbol(text)
    }

    private func convert(_ token: TurtleToken) -> SPARQLToken {
        switch token {
        case .iri(let iri): .iri(iri)
        case .prefixedName(let prefix, let local): .prefixedName(prefix: prefix, local: local)
        case .blankNode(let label): .blankNode(label)
        case .string(let text): .string(text)
        case .languageTag(let tag): .languageTag(tag)
        case .integer(let text): .integer(text)
        case .decimal(let text): .decimal(text)
        case .double(let text): .double(text)
        case .word(let word): .word(word)
        case .punctuation(let byte): .symbol(byte == UInt8(ascii: "^") ? "^^" : String(UnicodeScalar(byte)))
        case .end: .end
        }
    }

    /// Whether the `<` at the cursor opens an `IRIREF` rather than a comparison.
    private func isIRIAhead() -> Bool {
        var index = inner.position + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return true }
            if byte <= 0x20 || "<\"{}|^`".utf8.contains(byte) { return false }
            index += 1
        }
        return false
    }

    /// `VAR1` / `VAR2` (rules [143], [144]): `?` or `$` then `VARNAME`.
    private mutating func readVariable() throws -> String {
        inner.position += 1
        let start = inner.position
        while inner.position < bytes.count {
            let (value, length) = try inner.scalar(at: inner.position)
            let allowed =
                TurtleCharacters.isBaseOrUnderscore(value) || (0x30...0x39).contains(value) || value == 0xB7
                || (0x300...0x36F).contains(value) || (0x203F...0x2040).contains(value)
            guard allowed else { break }
            inner.position += length
        }
        guard inner.position > start else { throw error("expected a variable name after '?'") }
        return String(decoding: bytes[start..<inner.position], as: UTF8.self)
    }

    private mutating func skipSpaceAndComments() {
        while let byte = inner.peek() {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                inner.position += 1
            } else if byte == UInt8(ascii: "#") {
                while let b = inner.peek(), b != 0x0A, b != 0x0D { inner.position += 1 }
            } else {
                return
            }
        }
    }
}
