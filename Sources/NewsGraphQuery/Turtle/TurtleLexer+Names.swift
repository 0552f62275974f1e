extension TurtleLexer {
    /// A prefixed name (`PNAME_NS`, `PNAME_LN`, rules [139s], [140s]) or a
    /// bare word (`a`, `true`, `false`, `PREFIX`, `BASE`).
    mutating func readName() throws -> TurtleToken {
        let start = position
        try skipPrefix()
        let prefix = String(decoding: bytes[start..<position], as: UTF8.self)
        guard peek() == UInt8(ascii: ":") else {
            guard !prefix.isEmpty else {
                let (value, _) = try scalar(at: position)
                let shown = Unicode.Scalar(value).map { String($0) } ?? "?"
                throw error("unexpected character '\(shown)'")
            }
            return .word(prefix)
        }
        position += 1
        return .prefixedName(prefix: prefix, local: try readLocalName())
    }

    /// The tail shared by `PN_PREFIX` and `BLANK_NODE_LABEL` (rules [167s],
    /// [141s]): `PN_CHARS` or `.`, not ending with a `.`.
    mutating func skipNameCharactersAndDots() throws {
        var lastGood = position
        while position < bytes.count {
            let (value, length) = try scalar(at: position)
            if TurtleCharacters.isNameChar(value) {
                position += length
                lastGood = position
            } else if value == 0x2E {
                position += length
            } else {
                break
            }
        }
        position = lastGood
    }

    /// `PN_PREFIX` (rule [167s]): a base character, then name characters or
    /// dots, not ending with a dot.
    private mutating func skipPrefix() throws {
        guard position < bytes.count else { return }
        let (first, firstLength) = try scalar(at: position)
        guard TurtleCharacters.isBase(first) else { return }
        position += firstLength
        try skipNameCharactersAndDots()
    }

    /// `PN_LOCAL` (rule [168s]), with `PN_LOCAL_ESC` decoded and `PERCENT` kept.
    private mutating func readLocalName() throws -> String {
        if let plain = scanPlainLocalName() { return plain }
        return try readEscapedLocalName()
    }

    /// The common case: ASCII letters, digits, `_`, `-`, `:` and inner dots,
    /// no escapes. Nil (position unchanged) when the name needs the full rule.
    private mutating func scanPlainLocalName() -> String? {
        let start = position
        var index = position
        var lastGood = position
        while index < bytes.count {
            let byte = bytes[index]
            if TurtleCharacters.isASCIINameChar(byte) || byte == UInt8(ascii: ":") {
                if index == start && byte == UInt8(ascii: "-") { break }
                index += 1
                lastGood = index
            } else if byte == UInt8(ascii: ".") && index > start {
                index += 1
            } else if byte >= 0x80 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "%") {
                return nil
            } else {
                break
            }
        }
        position = lastGood
        return String(decoding: bytes[start..<lastGood], as: UTF8.self)
    }

    private mutating func readEscapedLocalName() throws -> String {
        var out = [UInt8]()
        var lastGood = position
        var goodLength = 0
        var isFirst = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") {
                guard let escaped = peek(1), TurtleCharacters.isLocalEscapable(escaped) else {
                    throw error("invalid escape in a local name", at: position)
                }
                out.append(escaped)
                position += 2
            } else if byte == UInt8(ascii: "%") {
                guard let h1 = peek(1), let h2 = peek(2), TurtleCharacters.isHex(h1), TurtleCharacters.isHex(h2) else {
                    throw error("'%' in a local name must be followed by two hex digits", at: position)
                }
                out.append(contentsOf: [byte, h1, h2])
                position += 3
            } else if byte < 0x80 && TurtleCharacters.isASCIINameChar(byte) && !(isFirst && byte == 0x2D) {
                // The common case: an ASCII letter, digit, '_' or '-'.
                out.append(byte)
                position += 1
            } else {
                let (value, length) = try scalar(at: position)
                let allowed =
                    TurtleCharacters.isNameChar(value) || value == 0x3A
                    || (value == 0x2E && !isFirst)
                guard allowed, !(isFirst && (value == 0x2D || value == 0xB7 || (0x300...0x36F).contains(value) || (0x203F...0x2040).contains(value))) else { break }
                out.append(contentsOf: bytes[position..<position + length])
                position += length
                if value == 0x2E {
                    isFirst = false
                    continue
                }
            }
            isFirst = false
            lastGood = position
            goodLength = out.count
        }
        position = lastGood
        return String(decoding: out[0..<goodLength], as: UTF8.self)
    }
}
