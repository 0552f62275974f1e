/// Whitespace collapsing for body text, done on UTF-8 bytes.
///
/// White space is ASCII space, tab, vertical tab and form feed, the
/// control characters (C0 and C1, made spaces), no-break space and the
/// other Unicode space separators. Line breaks are `\n`, `\r`, `\r\n`,
/// U+2028 and U+2029. Invisible format characters (soft hyphen, zero-width
/// space, word joiner, BOM) are removed.
enum Whitespace {
    /// What a scalar is to the collapser.
    private enum Class {
        case other, space, lineBreak, invisible
    }

    /// Runs of white space and line breaks made one space; leading and
    /// trailing space dropped.
    ///
    ///     Whitespace.collapse("  a \u{00A0}\t b\n")  // "a b"
    static func collapse<S: StringProtocol>(_ text: S) -> String {
        var copy = String(text)
        return copy.withUTF8 { b in
            let (bytes, lines) = split(b, atLineBreaks: false)
            return lines.first.map { String(decoding: bytes[$0], as: UTF8.self) } ?? ""
        }
    }

    /// The lines of `text`, each collapsed as by ``collapse(_:)``; empty lines are kept.
    static func lines(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { b in
            let (bytes, lines) = split(b, atLineBreaks: true)
            return lines.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }

    /// The collapsing loop: one tight pass writing into one buffer (collapsed
    /// text is never longer than its input), returning the buffer and the
    /// byte range of each line in it.
    private static func split(_ b: UnsafeBufferPointer<UInt8>, atLineBreaks: Bool) -> ([UInt8], [Range<Int>]) {
        var lines: [Range<Int>] = []
        let bytes = [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
            var k = 0, lineStart = 0
            var pending = false
            var i = 0
            let n = b.count
            while i < n {
                let lead = b[i]
                if lead > 0x20 && lead < 0x7F {
                    if pending {
                        out[k] = 0x20
                        k += 1
                        pending = false
                    }
                    out[k] = lead
                    k += 1
                    i += 1
                    continue
                }
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let end = min(n, i + width)
                switch classify(b, at: i, width: end - i) {
                case .space:
                    pending = k > lineStart
                case .invisible:
                    break
                case .lineBreak where atLineBreaks:
                    lines.append(lineStart..<k)
                    lineStart = k
                    pending = false
                    if lead == 0x0D, end < n, b[end] == 0x0A { i += 1 }  // \r\n is one break
                case .lineBreak:
                    pending = k > lineStart
                case .other:
                    if pending {
                        out[k] = 0x20
                        k += 1
                        pending = false
                    }
                    for j in i..<end {
                        out[k] = b[j]
                        k += 1
                    }
                }
                i = end
            }
            lines.append(lineStart..<k)
            count = k
        }
        return (bytes, lines)
    }

    @inline(__always)
    private static func classify(_ b: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> Class {
        let lead = b[i]
        switch width {
        case 1:
            if lead == 0x0A || lead == 0x0D { return .lineBreak }
            return lead <= 0x20 || lead == 0x7F ? .space : .other
        case 2:
            guard lead == 0xC2 else { return .other }
            let next = b[i + 1]
            if next == 0xAD { return .invisible }
            return next < 0xA0 || next == 0xA0 ? .space : .other  // C1 controls, NEL, no-break space
        case 3:
            let b1 = b[i + 1], b2 = b[i + 2]
            switch (lead, b1) {
            case (0xE1, 0x9A): return b2 == 0x80 ? .space : .other  // U+1680
            case (0xE2, 0x80):
                if b2 <= 0x8A || b2 == 0xAF { return .space }  // U+2000–200A, U+202F
                if b2 == 0x8B { return .invisible }  // U+200B
                if b2 == 0xA8 || b2 == 0xA9 { return .lineBreak }  // U+2028, U+2029
                return .other
            case (0xE2, 0x81): return b2 == 0x9F ? .space : b2 == 0xA0 ? .invisible : .other  // U+205F, U+2060
            case (0xE3, 0x80): return b2 == 0x80 ? .space : .other  // U+3000
            case (0xEF, 0xBB): return b2 == 0xBF ? .invisible : .other  // U+FEFF
            default: return .other
            }
        default:
            return .other
        }
    }

    /// Whether a scalar is white space or a line break (for the tokenizer).
    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)
        }
        return scalar.value == 0xA0 || scalar.properties.isWhitespace
    }
}
