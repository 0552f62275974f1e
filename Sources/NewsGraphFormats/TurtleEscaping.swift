/// The escaping rules of RDF 1.1 Turtle, one pure function per grammar
/// production (https://www.w3.org/TR/turtle/#sec-grammar-grammar).
///
/// Each works on UTF-8 bytes and appends to a byte array, so that writers
/// never build intermediate strings.
enum TurtleEscaping {
    /// Appends `text` as the inside of a `STRING_LITERAL_QUOTE` [22] (without
    /// the quotes): `"` and `\` and the line ends as `ECHAR` [159s]
    /// (`\" \\ \n \r \t \b \f`), every other C0 control and U+007F as `UCHAR`
    /// [26] `\u00XX` (upper-case hex), everything else raw UTF-8. This is the
    /// canonical N-Triples form of RDF 1.2; NUL becomes `\u0000`, which Turtle
    /// allows.
    ///
    ///     "say \"hi\"\n"  →  say \"hi\"\n   (escaped, as written in the file)
    static func appendStringContent(_ text: String, to out: inout [UInt8]) {
        appendEscaped(text, to: &out, needsEscape: stringNeedsEscape) { byte, out in
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])  // \"
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])  // \\
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])  // \n
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])  // \r
            case 0x09: out.append(contentsOf: [0x5C, 0x74])  // \t
            case 0x08: out.append(contentsOf: [0x5C, 0x62])  // \b
            case 0x0C: out.append(contentsOf: [0x5C, 0x66])  // \f
            default: appendUCHAR(byte, to: &out)
            }
        }
    }

    /// Whether a byte of a string literal needs an escape: `"`, `\`, C0 controls and DEL.
    @inline(__always)
    static func stringNeedsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
    }

    /// `\u00XX` for an ASCII control (UCHAR [26]).
    static func appendUCHAR(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)])
    }

    /// Appends `iri` as the inside of an `IRIREF` [18] (without `<>`): the
    /// characters the production excludes (`#x00-#x20 < > " { } | ^ `` ` `` \`)
    /// are percent-encoded byte by byte (`%20`), never `\u`-escaped (W3C
    /// negative tests `turtle-syntax-bad-uri-*`). Other characters, non-ASCII
    /// included, stay raw: a Turtle IRI is an IRI.
    ///
    ///     "https://x.org/a b?q=<1>"  →  https://x.org/a%20b?q=%3C1%3E
    static func appendIRIContent(_ iri: String, to out: inout [UInt8]) {
        appendEscaped(iri, to: &out, needsEscape: iriNeedsEscape) { byte, out in
            appendPercentEncoded(byte, to: &out)
        }
    }

    /// Whether IRIREF [18] excludes the byte: `#x00-#x20`, `<>"{}|^`, backtick, `\`.
    @inline(__always)
    static func iriNeedsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x3C, 0x3E, 0x22, 0x7B, 0x7D, 0x7C, 0x5E, 0x60, 0x5C: true
        default: false
        }
    }

    /// `%XX` with upper-case hex (RFC 3986 section 2.1).
    static func appendPercentEncoded(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(contentsOf: [0x25, hexDigit(byte >> 4), hexDigit(byte & 0xF)])
    }

    /// Whether `local` may follow `prefix:` as it is: a conservative subset of
    /// `PN_LOCAL` [168s] with no `PLX` escapes and no non-ASCII:
    /// `[A-Za-z0-9_] ([A-Za-z0-9_.:-]* [A-Za-z0-9_:-])?`. Anything else (a
    /// leading `-` or `.`, a final `.`, `%`, `/`, `#`, ...) is written as a
    /// full `<IRI>` instead.
    ///
    ///     isPrefixedLocal("actor.united-states")  // true
    ///     isPrefixedLocal("x.")                   // false
    static func isPrefixedLocal(_ local: some BidirectionalCollection<UInt8>) -> Bool {
        isPrefixedLocalStart(local) && local.last != 0x2E
    }

    /// Whether `local` may begin a prefixed local name: ``isPrefixedLocal(_:)``
    /// without the rule on the last character (for a name that goes on).
    static func isPrefixedLocalStart(_ local: some Collection<UInt8>) -> Bool {
        guard let first = local.first, isLocalStart(first) else { return false }
        return local.dropFirst().allSatisfy(isLocalMiddle)
    }

    @inline(__always)
    private static func isLocalStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    @inline(__always)
    private static func isLocalMiddle(_ byte: UInt8) -> Bool {
        isLocalStart(byte) || byte == 0x2D || byte == 0x2E || byte == 0x3A
    }

    @inline(__always)
    static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x41 + nibble - 10
    }

    /// Copies `text`'s UTF-8 to `out`, sending the bytes `needsEscape` picks
    /// to `escape`; runs without such bytes are copied in one go.
    @inline(__always)
    static func appendEscaped(
        _ text: String, to out: inout [UInt8], needsEscape: (UInt8) -> Bool,
        escape: (UInt8, inout [UInt8]) -> Void
    ) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count where needsEscape(bytes[index]) {
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                escape(bytes[index], &out)
                runStart = index + 1
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
    }
}
