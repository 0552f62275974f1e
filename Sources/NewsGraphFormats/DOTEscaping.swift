/// Escaping for Graphviz DOT, as pure functions on UTF-8 bytes
/// (https://graphviz.org/doc/info/lang.html, "ID" and escString).
enum DOTEscaping {
    /// Appends `text` as the inside of a double-quoted DOT ID used as an
    /// escString (label, tooltip): `\` → `\\` (first, so no escString
    /// sequence such as `\N` is formed), `"` → `\"` (the one escape of the
    /// DOT lexer), LF → `\n` (a centred line break), `&` → `&amp;` (Graphviz
    /// decodes entities in labels, so a literal `&` must be one); CR, the
    /// other C0 controls, U+007F and U+FFFE/U+FFFF are dropped (Graphviz
    /// copies them into SVG, which makes it ill-formed XML); TAB becomes a space.
    ///
    ///     "say \"hi\"\\\n"  →  say \"hi\"\\\n   (as written in the file)
    static func appendQuotedContent(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let skip = byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
                    && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x26 || byte == 0x7F || skip else {
                    index += 1
                    continue
                }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                appendReplacement(byte, to: &out)
                index += skip ? 3 : 1
                runStart = index
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
    }

    /// What stands for one byte that needs care (nothing for dropped ones).
    private static func appendReplacement(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])  // \\
        case 0x22: out.append(contentsOf: [0x5C, 0x22])  // \"
        case 0x0A: out.append(contentsOf: [0x5C, 0x6E])  // \n
        case 0x26: out.append(contentsOf: Array("&amp;".utf8))
        case 0x09: out.append(0x20)
        default: break  // CR, other controls, DEL, U+FFFE, U+FFFF
        }
    }

    /// `text` for display on one line: without what ``appendQuotedContent(_:to:)``
    /// drops, white space (newlines included) collapsed to single spaces, cut
    /// to at most `limit` characters with `…` where it was cut.
    ///
    ///     shortened("the US is developing contingency plans", to: 12)  // "the US is d…"
    static func shortened(_ text: String, to limit: Int) -> String {
        if isDisplayReady(text, limit: limit) { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) || scalar.properties.isWhitespace {
            kept.append(scalar)
        }
        let collapsed = String(kept).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(max(limit - 1, 0))) + "…"
    }

    /// Whether `text` is short printable ASCII with single spaces between
    /// words: the common case, which ``shortened(_:to:)`` returns as it is.
    static func isDisplayReady(_ text: String, limit: Int) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= limit, bytes.first != 0x20, bytes.last != 0x20 else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard byte >= 0x20 && byte < 0x7F && !(byte == 0x20 && previous == 0x20) else { return false }
            previous = byte
        }
        return true
    }

    /// Whether the escaping drops `scalar`: C0 controls but LF and TAB, U+007F, U+FFFE, U+FFFF.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
