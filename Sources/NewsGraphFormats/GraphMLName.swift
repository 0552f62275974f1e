/// Attribute keys as GraphML `attr.name` tokens, and back.
enum GraphMLName {
    /// `key` as an ASCII NMTOKEN (XML 1.0 §2.3, [7] Nmtoken): letters, digits,
    /// `.`, `-` and `_` stay; any other character, and a `_` followed by `x`,
    /// becomes `_x<hex>_`, so that every key reads back as itself.
    ///
    ///     GraphMLName.token("max range")  // "max_x20_range"
    ///     GraphMLName.token("_x_")        // "_x5f_x_"
    static func token(_ key: String) -> String {
        guard !key.isEmpty else { return "_x_" }
        if key.utf8.allSatisfy(isTokenByte) && !key.contains("_x") { return key }
        var out = ""
        let scalars = Array(key.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let startsEscape = scalar == "_" && index + 1 < scalars.count && scalars[index + 1] == "x"
            if scalar.isASCII, isTokenByte(UInt8(scalar.value)), !startsEscape {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_x" + String(scalar.value, radix: 16) + "_"
            }
        }
        return out
    }

    /// The key `token` stands for: `_x<hex>_` sequences decoded (`_x_` is the empty key).
    static func key(fromToken token: String) -> String {
        guard token.contains("_x") else { return token }
        if token == "_x_" { return "" }
        var out = String.UnicodeScalarView()
        var scalars = Substring(token).unicodeScalars[...]
        while let first = scalars.first {
            if first == "_", let decoded = decodeEscape(scalars) {
                out.append(decoded.scalar)
                scalars = scalars.dropFirst(decoded.length)
            } else {
                out.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return String(out)
    }

    /// `_x<hex>_` at the start of `scalars`: the scalar and the escape's length.
    private static func decodeEscape(_ scalars: Substring.UnicodeScalarView.SubSequence) -> (scalar: Unicode.Scalar, length: Int)?
    {
        var iterator = scalars.dropFirst().makeIterator()
        guard iterator.next() == "x" else { return nil }
        var hex = ""
        while let next = iterator.next() {
            if next == "_" {
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
                return (scalar, hex.unicodeScalars.count + 3)
            }
            guard hex.count < 6, next.properties.isASCIIHexDigit else { return nil }
            hex.unicodeScalars.append(next)
        }
        return nil
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2E || byte == 0x2D || byte == 0x5F
    }
}
