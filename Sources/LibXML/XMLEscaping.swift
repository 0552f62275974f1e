/// Escaping of character data for element content.
///
/// XML 1.0 §2.4 (CharData, [14]): `<` and `&` must be escaped in content, and
/// `>` where it would close `]]>`; every `>` is escaped here, simply. §2.11
/// turns a raw CR (and CR LF) into LF on reading, so CR is written `&#13;`
/// to come back unchanged. Quotes need no escaping in content.
///
///     XMLEscaping.escapedText("a < b & \"c\"")  // "a &lt; b &amp; \"c\""
public enum XMLEscaping {
    /// Whether `byte` (of UTF-8) needs escaping in content.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: ">") || byte == 0x0D
    }

    /// Whether any byte of `text` needs escaping.
    static func needsEscaping(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteScan.contains(
            text,
            word: { word in
                ByteScan.hasByte(word, UInt8(ascii: "<")) || ByteScan.hasByte(word, UInt8(ascii: ">"))
                    || ByteScan.hasByte(word, UInt8(ascii: "&")) || ByteScan.hasByte(word, 0x0D)
            }
        ) { isSpecial(text[$0]) }
    }

    /// Appends `text` to `out`, escaped for element content.
    static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard needsEscaping(text) else { return out.append(contentsOf: text) }
        out.reserveCapacity(out.count + text.count + 16)
        for byte in text {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x0D: out.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])  // &#13;
            default: out.append(byte)
            }
        }
    }

    /// Appends `value` to `out`, escaped for a `"`-delimited attribute value
    /// (XML 1.0 §3.1, [10] AttValue: no `<`, `&` or `"`; `>` too, like
    /// libxml2). Tab, LF and CR become character references, since attribute
    /// value normalization (§3.3.3) would turn them into spaces.
    static func appendEscapedAttribute(_ value: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        for byte in value {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x09: out.append(contentsOf: [0x26, 0x23, 0x39, 0x3B])  // &#9;
            case 0x0A: out.append(contentsOf: [0x26, 0x23, 0x31, 0x30, 0x3B])  // &#10;
            case 0x0D: out.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])  // &#13;
            default: out.append(byte)
            }
        }
    }

    /// `value` escaped for a `"`-delimited attribute value.
    public static func escapedAttribute(_ value: String) -> String {
        var copy = value
        return copy.withUTF8 { utf8 in
            var out: [UInt8] = []
            appendEscapedAttribute(utf8, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `text` escaped for element content.
    public static func escapedText(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { utf8 in
            var out: [UInt8] = []
            appendEscaped(utf8, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }
}
